package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
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

    private SampleEvents() {
    }

    public static NewEvent sample(String id) {
        return new NewEvent(new EventId(id), new IncidentResolved(new IncidentId(id), RESOLVED_AT));
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
