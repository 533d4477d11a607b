package dev.opsledger.aws.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.opsledger.domain.shared.DomainEvent;
import java.util.Objects;

/**
 * Domain events to JSON and back, the format of the log and of the published events. Records are
 * written with their components (in declaration order), instants and durations as ISO-8601 strings,
 * an empty {@code Optional} as an absent field, records holding one string (ids, regions) as that
 * string, and events nested in an event as {@code {"type": ..., "payload": ...}}. Unknown fields are
 * refused rather than dropped, so that a payload this version does not fully understand never passes
 * for one it does. Thread-safe; build one and share it.
 */
public final class EventCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new DomainEventModule())
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();

    public EncodedEvent encode(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        String type = EventTypes.nameOf(event.getClass());
        try {
            return new EncodedEvent(type, mapper.writeValueAsString(event));
        } catch (JsonProcessingException failure) {
            throw new IllegalArgumentException("a " + type + " cannot be written as JSON: " + failure.getOriginalMessage(),
                    failure);
        }
    }

    public DomainEvent decode(EncodedEvent encoded) {
        return decode(encoded.type(), encoded.json());
    }

    public DomainEvent decode(String type, String json) {
        Class<? extends DomainEvent> eventClass = EventTypes.classOf(type);
        try {
            return mapper.readValue(json, eventClass);
        } catch (JsonProcessingException failure) {
            throw new IllegalArgumentException("the payload of a " + type + " does not parse: "
                    + failure.getOriginalMessage(), failure);
        }
    }
}
