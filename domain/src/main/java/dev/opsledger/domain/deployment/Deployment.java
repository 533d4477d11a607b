package dev.opsledger.domain.deployment;

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
    }

    record Finished(InProgress run, DeploymentOutcome outcome, Instant finishedAt) implements Deployment {
    }
}
