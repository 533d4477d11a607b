package dev.opsledger.lambda.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one {@link ObjectMapper} of the handlers: events are read as trees (no POJO binding, which costs
 * the runtime's serializer a few hundred milliseconds on a cold start) and answers written from trees.
 */
public final class HandlerJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HandlerJson() {
    }

    /** The event as a JSON object; anything else is refused naming what was expected. */
    public static JsonNode readEvent(InputStream input, String expected) {
        JsonNode event;
        try {
            event = MAPPER.readTree(input);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("the event is not JSON (expected " + expected + "): "
                    + unreadable.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the event", unreadable);
        }
        if (event == null || !event.isObject()) {
            throw new IllegalArgumentException("the event is not a JSON object (expected " + expected + ")");
        }
        return event;
    }

    public static void write(OutputStream output, JsonNode answer) {
        try {
            MAPPER.writeValue(output, answer);
        } catch (IOException broken) {
            throw new UncheckedIOException("cannot write the handler's answer", broken);
        }
    }
}
