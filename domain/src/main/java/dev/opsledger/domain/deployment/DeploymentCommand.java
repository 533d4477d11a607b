package dev.opsledger.domain.deployment;

import java.time.Instant;
import java.util.List;

public sealed interface DeploymentCommand {

    DeploymentId deploymentId();

    record StartDeployment(
            DeploymentId deploymentId,
            String service,
            String environment,
            String version,
            List<Change> changes,
            Instant startedAt) implements DeploymentCommand {

        public StartDeployment {
            changes = List.copyOf(changes);
        }
    }

    record FinishDeployment(DeploymentId deploymentId, DeploymentOutcome outcome, Instant finishedAt)
            implements DeploymentCommand {
    }

    /** A deployment reported once it is over: starts and finishes it in one commit. */
    record RecordDeployment(
            DeploymentId deploymentId,
            String service,
            String environment,
            String version,
            List<Change> changes,
            Instant startedAt,
            DeploymentOutcome outcome,
            Instant finishedAt) implements DeploymentCommand {

        public RecordDeployment {
            changes = List.copyOf(changes);
        }
    }
}
