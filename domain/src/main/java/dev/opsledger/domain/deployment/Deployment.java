package dev.opsledger.domain.deployment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The state of one deployment, in the type: not started, in progress, or finished. */
public sealed interface Deployment {

    record NotStarted() implements Deployment {
    }

    record InProgress(
            DeploymentId deploymentId,
            String service,
            String environment,
            String version,
            List<Change> changes,
            Instant startedAt) implements Deployment {

        public InProgress {
            changes = List.copyOf(changes);
        }
    }

    record Finished(InProgress run, DeploymentOutcome outcome, Instant finishedAt) implements Deployment {

        /** From each change's commit to this finish; only a successful deployment delivers its changes. */
        public List<Duration> leadTimes() {
            if (outcome != DeploymentOutcome.SUCCEEDED) {
                return List.of();
            }
            return run.changes().stream()
                    .map(change -> Duration.between(change.committedAt(), finishedAt))
                    .toList();
        }
    }
}
