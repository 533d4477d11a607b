package dev.opsledger.lambda.wiring;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises an EventBridge scheduled event ({@code ScheduledEvent}): its source and detail type. */
public final class ScheduledEvents {

    private ScheduledEvents() {
    }

    public static boolean isScheduledEvent(JsonNode event) {
        return "aws.events".equals(event.path("source").asText()) && "Scheduled Event".equals(event.path("detail-type").asText());
    }

    public static void requireScheduledEvent(JsonNode event) {
        if (!isScheduledEvent(event)) {
            throw new IllegalArgumentException("expected an EventBridge scheduled event: source must be aws.events and"
                    + " detail-type must be Scheduled Event");
        }
    }
}
