package dev.opsledger.aws.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.opsledger.domain.shared.DomainEvent;
import java.io.IOException;

/** Reads an event held inside another event (a quarantined commit's events) from {@code {"type", "payload"}}. */
final class NestedEventDeserializer extends StdDeserializer<DomainEvent> {

    NestedEventDeserializer() {
        super(DomainEvent.class);
    }

    @Override
    public DomainEvent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        JsonNode type = node.get("type");
        JsonNode payload = node.get("payload");
        if (type == null || !type.isTextual() || payload == null || !payload.isObject()) {
            return context.reportInputMismatch(this,
                    "an event inside an event is written {\"type\": name, \"payload\": {...}}, was %s", node);
        }
        Class<? extends DomainEvent> eventClass;
        try {
            eventClass = EventTypes.classOf(type.asText());
        } catch (IllegalArgumentException unknown) {
            return context.reportInputMismatch(this, "%s", unknown.getMessage());
        }
        return context.readTreeAsValue(payload, eventClass);
    }
}
