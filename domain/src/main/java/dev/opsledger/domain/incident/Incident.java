package dev.opsledger.domain.incident;

import dev.opsledger.domain.deployment.DeploymentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public sealed interface Incident {

    record Unreported() implements Incident {
    }

    record Open(
            IncidentId incidentId,
            String service,
            String environment,
            Severity severity,
            Instant openedAt,
            Optional<DeploymentId> cause) implements Incident {

        public Open withCause(DeploymentId newCause) {
            return new Open(incidentId, service, environment, severity, openedAt, Optional.of(newCause));
        }
    }

    record Resolved(Open incident, Instant resolvedAt) implements Incident {

        public Duration timeToRestore() {
            return Duration.between(incident.openedAt(), resolvedAt);
        }
    }
}
