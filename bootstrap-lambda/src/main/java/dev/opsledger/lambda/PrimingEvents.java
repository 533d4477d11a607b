package dev.opsledger.lambda;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;

/** The sample events the handlers' SnapStart priming runs through their parsing: shaped as AWS sends them. */
final class PrimingEvents {

    private PrimingEvents() {
    }

    static InputStream scheduledEvent() {
        return resource("scheduled-event.json");
    }

    /** A stream record whose new image is a deployment commit item, as the event table stores it. */
    static InputStream streamEvent() {
        return resource("stream-event.json");
    }

    private static InputStream resource(String name) {
        InputStream event = PrimingEvents.class.getResourceAsStream("/priming/" + name);
        if (event == null) {
            throw new UncheckedIOException(new FileNotFoundException("priming/" + name + " is missing from the jar"));
        }
        return event;
    }
}
