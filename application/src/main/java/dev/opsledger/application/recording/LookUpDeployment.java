package dev.opsledger.application.recording;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.deployment.Deployment;
import dev.opsledger.domain.deployment.DeploymentDecider;
import dev.opsledger.domain.deployment.DeploymentEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import java.util.Objects;
import java.util.Optional;

/**
 * What is recorded about one deployment, read from its stream (strongly consistent, so a write's answer
 * can be followed at once). Reads are served in any region, fenced or not.
 */
public final class LookUpDeployment {

    private final StreamFold<Deployment, DeploymentEvent> streams;

    public LookUpDeployment(EventStore store) {
        this.streams = new StreamFold<>(Objects.requireNonNull(store, "store"), DeploymentDecider.decider(),
                DeploymentEvent.class);
    }

    /**
     * Empty when no event of the deployment is recorded; otherwise its state ({@link Deployment.InProgress} or
     * {@link Deployment.Finished}) and its stream's version. Throws the store's {@link ServiceUnavailable}.
     */
    public Optional<RecordedState<Deployment>> find(DeploymentId deploymentId) {
        return streams.find(deploymentId.stream());
    }
}
