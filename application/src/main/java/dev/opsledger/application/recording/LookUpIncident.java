package dev.opsledger.application.recording;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.incident.Incident;
import dev.opsledger.domain.incident.IncidentDecider;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.incident.IncidentId;
import java.util.Objects;
import java.util.Optional;

/**
 * What is recorded about one incident, read from its stream (strongly consistent, so a write's answer can
 * be followed at once). Reads are served in any region, fenced or not.
 */
public final class LookUpIncident {

    private final StreamFold<Incident, IncidentEvent> streams;

    public LookUpIncident(EventStore store) {
        this.streams = new StreamFold<>(Objects.requireNonNull(store, "store"), IncidentDecider.decider(),
                IncidentEvent.class);
    }

    /**
     * Empty when no event of the incident is recorded; otherwise its state ({@link Incident.Open} or
     * {@link Incident.Resolved}, with the explicit cause if one was given) and its stream's version. Throws
     * the store's {@link ServiceUnavailable}.
     */
    public Optional<RecordedState<Incident>> find(IncidentId incidentId) {
        return streams.find(incidentId.stream());
    }
}
