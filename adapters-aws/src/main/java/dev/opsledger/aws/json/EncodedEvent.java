package dev.opsledger.aws.json;

import java.util.Objects;

/** A domain event as stored and sent: its stable type name and its JSON payload. */
public record EncodedEvent(String type, String json) {

    public EncodedEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
    }
}
