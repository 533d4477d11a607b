package dev.opsledger.application.recording;

import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.Incident;
import dev.opsledger.domain.incident.IncidentCommand;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentDecider;
import dev.opsledger.domain.incident.IncidentEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * Records an incident command in its incident's stream, in the active region only. A cause must be a
 * recorded deployment: that spans two aggregates, so it is checked here, against the deployment's stream.
 */
public final class RecordIncident {

    private final EventStore store;
    private final WriteFence fence;
    private final CommandHandler<IncidentCommand, Incident, IncidentEvent> handler;
    private final ReadYourWrites readYourWrites;

    public RecordIncident(EventStore store, WriteFence fence) {
        this(store, fence, ReadYourWrites.NONE);
    }

    /** {@code readYourWrites} gets each commit this use case writes, right after it is appended. */
    public RecordIncident(EventStore store, WriteFence fence, ReadYourWrites readYourWrites) {
        this.store = Objects.requireNonNull(store, "store");
        this.fence = Objects.requireNonNull(fence, "fence");
        this.handler = new CommandHandler<>(store, IncidentDecider.decider(), IncidentEvent.class,
                new RequestKeyClaims(store));
        this.readYourWrites = Objects.requireNonNull(readYourWrites, "readYourWrites");
    }

    /**
     * {@code commandId} is the client's idempotency key: one key records one command on one incident.
     * Throws {@link RegionFenced} in a passive region, {@link CauseNotRecorded} for a cause that is not a
     * recorded deployment, {@link IllegalArgumentException} for a malformed key ({@code RequestKey}'s rules),
     * {@link IdempotencyKeyReused} for a key already spent on another command, here or on another stream,
     * and otherwise what {@link CommandHandler#handle} throws.
     */
    public Recorded handle(String commandId, IncidentCommand command) {
        fence.admit();
        causeOf(command).ifPresent(cause -> requireRecorded(command, cause));
        CommandHandler.Handled<Incident> handled = handler.handle(commandId, command.incidentId().stream(), command);
        handled.appended().ifPresent(readYourWrites::apply);
        return handled.recorded();
    }

    private void requireRecorded(IncidentCommand command, DeploymentId cause) {
        if (store.readStream(cause.stream()).isEmpty()) {
            throw new CauseNotRecorded(command.incidentId(), cause);
        }
    }

    private static Optional<DeploymentId> causeOf(IncidentCommand command) {
        return switch (command) {
            case OpenIncident open -> open.cause();
            case AttributeIncident attribute -> Optional.of(attribute.cause());
            case ResolveIncident resolve -> Optional.empty();
        };
    }
}
