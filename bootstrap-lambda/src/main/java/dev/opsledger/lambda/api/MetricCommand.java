package dev.opsledger.lambda.api;

import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.incident.IncidentCommand;

/**
 * A {@code POST /metrics} body as a domain command, with the idempotency key the body itself implies:
 * {@code <type>:<id>}, used when the request has no {@code Idempotency-Key} header.
 */
public sealed interface MetricCommand {

    String derivedKey();

    record ForDeployment(String derivedKey, DeploymentCommand command) implements MetricCommand {
    }

    record ForIncident(String derivedKey, IncidentCommand command) implements MetricCommand {
    }
}
