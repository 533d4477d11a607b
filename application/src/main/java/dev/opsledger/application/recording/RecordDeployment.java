package dev.opsledger.application.recording;

import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.deployment.Deployment;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentDecider;
import dev.opsledger.domain.deployment.DeploymentEvent;
import java.util.Objects;

/** Records a deployment command in its deployment's stream, in the active region only. */
public final class RecordDeployment {

    private final WriteFence fence;
    private final CommandHandler<DeploymentCommand, Deployment, DeploymentEvent> handler;

    public RecordDeployment(EventStore store, WriteFence fence) {
        this.fence = Objects.requireNonNull(fence, "fence");
        this.handler = new CommandHandler<>(store, DeploymentDecider.decider(), DeploymentEvent.class);
    }

    /**
     * {@code commandId} is the client's idempotency key. Throws {@link RegionFenced} in a passive region
     * and otherwise what {@link CommandHandler#handle} throws.
     */
    public Recorded handle(String commandId, DeploymentCommand command) {
        fence.admit();
        return handler.handle(commandId, command.deploymentId().stream(), command).recorded();
    }
}
