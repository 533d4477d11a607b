package dev.opsledger.domain.incident;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.shared.InvalidName;
import dev.opsledger.domain.shared.Name;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Missing parts are a caller's bug and fail at construction, and so do malformed names ({@link InvalidName}):
 * service and environment are kept in their one {@link Name} spelling. Whether the parts make a valid
 * incident (times out of order) is the decider's to judge and reject.
 */
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

        public OpenIncident {
            Objects.requireNonNull(incidentId, "incidentId");
            service = Name.normalized(service, "service");
            environment = Name.normalized(environment, "environment");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(cause, "cause");
        }
    }

    record ResolveIncident(IncidentId incidentId, Instant resolvedAt) implements IncidentCommand {

        public ResolveIncident {
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
        }
    }

    /** An explicit cause given after the fact; it overrides any earlier one and the implicit link. */
    record AttributeIncident(IncidentId incidentId, DeploymentId cause) implements IncidentCommand {

        public AttributeIncident {
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(cause, "cause");
        }
    }
}
