package dev.opsledger.lambda.runtime;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.shared.EventId;
import java.time.Instant;
import java.util.List;

/** A successful deployment written straight to a region's log, as the API records one: two commits. */
public final class Deployments {

    private Deployments() {
    }

    public static DeploymentId recordSucceeded(EventStore store, String id, Instant finishedAt) {
        DeploymentId deployment = new DeploymentId(id);
        Instant startedAt = finishedAt.minusSeconds(300);
        store.append(deployment.stream(), 0, List.of(new NewEvent(new EventId(id + "-started"),
                new DeploymentStarted(deployment, "checkout", "production", "1.4.2",
                        List.of(new Change("3f2a9c1", startedAt.minusSeconds(3600))), startedAt))));
        store.append(deployment.stream(), 1, List.of(new NewEvent(new EventId(id + "-finished"),
                new DeploymentFinished(deployment, DeploymentOutcome.SUCCEEDED, finishedAt))));
        return deployment;
    }
}
