package dev.opsledger.domain.incident;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Optional;

public sealed interface IncidentEvent extends DomainEvent {

    IncidentId incidentId();

    record IncidentOpened(
            IncidentId incidentId,
            String service,
            String environment,
            Severity severity,
            Instant openedAt,
            Optional<DeploymentId> cause) implements IncidentEvent {
    }

    record IncidentResolved(IncidentId incidentId, Instant resolvedAt) implements IncidentEvent {
    }

    record IncidentAttributed(IncidentId incidentId, DeploymentId cause) implements IncidentEvent {
    }
}
