package dev.opsledger.lambda.api;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Deployment;
import dev.opsledger.domain.deployment.DeploymentDecider;
import dev.opsledger.domain.deployment.DeploymentEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.Incident;
import dev.opsledger.domain.incident.IncidentDecider;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.incident.IncidentId;
import java.util.List;
import java.util.Objects;

/** What the log holds about one deployment or one incident: its stream folded by its decider. */
public final class RecordLookups {

    private final EventStore store;

    public RecordLookups(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Deployment deployment(DeploymentId id) {
        return DeploymentDecider.decider().fold(events(store.readStream(id.stream()), DeploymentEvent.class));
    }

    public Incident incident(IncidentId id) {
        return IncidentDecider.decider().fold(events(store.readStream(id.stream()), IncidentEvent.class));
    }

    private static <E> List<E> events(List<RecordedEvent> history, Class<E> type) {
        return history.stream().map(RecordedEvent::event).map(type::cast).toList();
    }
}
