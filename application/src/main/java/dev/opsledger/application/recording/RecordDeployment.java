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
    private final ReadYourWrites readYourWrites;

    public RecordDeployment(EventStore store, WriteFence fence) {
        this(store, fence, ReadYourWrites.NONE);
    }

    /** {@code readYourWrites} gets each commit this use case writes, right after it is appended. */
    public RecordDeployment(EventStore store, WriteFence fence, ReadYourWrites readYourWrites) {
        this.fence = Objects.requireNonNull(fence, "fence");
        this.handler = new CommandHandler<>(store, DeploymentDecider.decider(), DeploymentEvent.class,
                new RequestKeyClaims(store));
        this.readYourWrites = Objects.requireNonNull(readYourWrites, "readYourWrites");
    }

    /**
     * {@code commandId} is the client's idempotency key: one key records one command on one deployment.
     * Throws {@link RegionFenced} in a passive region, {@link IllegalArgumentException} for a malformed key
     * ({@code RequestKey}'s rules), {@link IdempotencyKeyReused} for a key already spent on another command,
     * here or on another stream, and otherwise what {@link CommandHandler#handle} throws.
     */
    public Recorded handle(String commandId, DeploymentCommand command) {
        fence.admit();
        CommandHandler.Handled<Deployment> handled = handler.handle(commandId, command.deploymentId().stream(), command);
        handled.appended().ifPresent(readYourWrites::apply);
        return handled.recorded();
    }
}
