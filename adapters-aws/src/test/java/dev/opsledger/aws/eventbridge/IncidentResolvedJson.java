package dev.opsledger.aws.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;

/**
 * Stands in for the event codec in these tests: renders and reads back {@link IncidentResolved}, the
 * event the contract suites publish, so the fake bus can rebuild what subscribers receive from the wire.
 */
final class IncidentResolvedJson {

    private IncidentResolvedJson() {
    }

    static String render(RecordedEvent event) {
        IncidentResolved resolved = (IncidentResolved) event.event();
        return "{\"incidentId\":\"" + resolved.incidentId().value() + "\",\"resolvedAt\":\"" + resolved.resolvedAt() + "\"}";
    }

    /** The event an EventBridge detail describes. */
    static RecordedEvent read(JsonNode detail) {
        JsonNode payload = detail.get("event");
        IncidentResolved event = new IncidentResolved(new IncidentId(payload.get("incidentId").asText()),
                Instant.parse(payload.get("resolvedAt").asText()));
        return new RecordedEvent(new StreamId(detail.get("stream").asText()), detail.get("version").asLong(),
                new EventId(detail.get("eventId").asText()), event);
    }
}
