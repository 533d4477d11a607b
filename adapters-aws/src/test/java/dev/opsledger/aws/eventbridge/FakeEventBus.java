package dev.opsledger.aws.eventbridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The server side of {@code PutEvents} for a {@link dev.opsledger.aws.wire.WireEndpoint}: accepts
 * entries and keeps what subscribers would receive, or refuses chosen entries with EventBridge's
 * per-entry error, answering in the request's order as EventBridge does.
 */
final class FakeEventBus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<RecordedEvent> delivered = new ArrayList<>();
    private final Map<String, Integer> refusalsLeftById = new HashMap<>();
    private int entriesToRefuse;
    private int refusalsPerEntry;

    /** The next {@code entries} new entries are refused, each on its next {@code attempts} submissions. */
    synchronized void refuseNext(int entries, int attempts) {
        entriesToRefuse = entries;
        refusalsPerEntry = attempts;
    }

    synchronized List<RecordedEvent> delivered() {
        return List.copyOf(delivered);
    }

    synchronized WireResponse answer(WireRequest request) {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode results = response.putArray("Entries");
        int failed = 0;
        for (JsonNode entry : request.json().get("Entries")) {
            RecordedEvent event = IncidentResolvedJson.read(readDetail(entry));
            if (refuses(event.id().value())) {
                failed++;
                results.addObject().put("ErrorCode", "InternalFailure").put("ErrorMessage", "Internal service failure");
            } else {
                delivered.add(event);
                results.addObject().put("EventId", UUID.randomUUID().toString());
            }
        }
        response.put("FailedEntryCount", failed);
        return WireResponse.json(200, response.toString());
    }

    private boolean refuses(String eventId) {
        if (!refusalsLeftById.containsKey(eventId) && entriesToRefuse > 0) {
            entriesToRefuse--;
            refusalsLeftById.put(eventId, refusalsPerEntry);
        }
        int left = refusalsLeftById.getOrDefault(eventId, 0);
        if (left == 0) {
            return false;
        }
        refusalsLeftById.put(eventId, left - 1);
        return true;
    }

    static JsonNode readDetail(JsonNode entry) {
        try {
            return JSON.readTree(entry.get("Detail").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Detail is not JSON: " + entry, e);
        }
    }
}
