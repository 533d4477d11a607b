package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Real domain events for the contract suites, so a store that serialises events stores them as it
 * would in production. Each event carries its own id in its payload, so a mix-up shows.
 */
public final class SampleEvents {

    private static final Instant RESOLVED_AT = Instant.parse("2025-03-01T10:15:30Z");
    private static final ReplicationRoute ROUTE = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);

    private SampleEvents() {
    }

    public static NewEvent sample(String id) {
        return new NewEvent(new EventId(id), new IncidentResolved(new IncidentId(id), RESOLVED_AT));
    }

    /** A replication failure whose reason alone is {@code reasonLength} characters: a way to a commit of a chosen size. */
    public static NewEvent failureWithReasonOf(String id, int reasonLength) {
        return new NewEvent(new EventId(id), new ReplicationFailed(ROUTE, "x".repeat(reasonLength), 1, RESOLVED_AT));
    }

    public static StreamId replicationJournal() {
        return ROUTE.streamAt(RESOLVED_AT);
    }

    public static List<NewEvent> batch(String... ids) {
        return Arrays.stream(ids).map(SampleEvents::sample).toList();
    }

    public static StreamId stream(String key) {
        return StreamId.of("incident", key);
    }

    public static List<EventId> idsOf(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::id).toList();
    }

    public static RecordedEvent recorded(StreamId stream, long version, String id) {
        NewEvent event = sample(id);
        return new RecordedEvent(stream, version, event.id(), event.event());
    }
}
