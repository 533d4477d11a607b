package dev.opsledger.domain.deployment;

import dev.opsledger.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;

public sealed interface DeploymentEvent extends DomainEvent {

    DeploymentId deploymentId();

    record DeploymentStarted(
            DeploymentId deploymentId,
            String service,
            String environment,
            String version,
            List<Change> changes,
            Instant startedAt) implements DeploymentEvent {

        public DeploymentStarted {
            changes = List.copyOf(changes);
        }
    }

    record DeploymentFinished(DeploymentId deploymentId, DeploymentOutcome outcome, Instant finishedAt)
            implements DeploymentEvent {
    }
}
