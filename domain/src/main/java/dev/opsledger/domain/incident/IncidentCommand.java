package dev.opsledger.domain.incident;

import dev.opsledger.domain.deployment.DeploymentId;
import java.time.Instant;
import java.util.Optional;

public sealed interface IncidentCommand {

    IncidentId incidentId();

    /** {@code cause} is the deployment the reporter blames; empty lets the DORA projection link one. */
    record OpenIncident(
            IncidentId incidentId,
            String service,
            String environment,
            Severity severity,
            Instant openedAt,
            Optional<DeploymentId> cause) implements IncidentCommand {
    }

    record ResolveIncident(IncidentId incidentId, Instant resolvedAt) implements IncidentCommand {
    }

    /** An explicit cause given after the fact; it overrides any earlier one and the implicit link. */
    record AttributeIncident(IncidentId incidentId, DeploymentId cause) implements IncidentCommand {
    }
}
