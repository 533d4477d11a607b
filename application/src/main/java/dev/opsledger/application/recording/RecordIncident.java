package dev.opsledger.application.recording;

import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.incident.Incident;
import dev.opsledger.domain.incident.IncidentCommand;
import dev.opsledger.domain.incident.IncidentDecider;
import dev.opsledger.domain.incident.IncidentEvent;
import java.util.Objects;

/** Records an incident command in its incident's stream, in the active region only. */
public final class RecordIncident {

    private final WriteFence fence;
    private final CommandHandler<IncidentCommand, Incident, IncidentEvent> handler;

    public RecordIncident(EventStore store, WriteFence fence) {
        this.fence = Objects.requireNonNull(fence, "fence");
        this.handler = new CommandHandler<>(store, IncidentDecider.decider(), IncidentEvent.class);
    }

    /**
     * {@code commandId} is the client's idempotency key. Throws {@link RegionFenced} in a passive region
     * and otherwise what {@link CommandHandler#handle} throws.
     */
    public Recorded handle(String commandId, IncidentCommand command) {
        fence.admit();
        return handler.handle(commandId, command.incidentId().stream(), command).recorded();
    }
}
