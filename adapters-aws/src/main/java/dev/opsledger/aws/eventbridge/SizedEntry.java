package dev.opsledger.aws.eventbridge;

import dev.opsledger.application.port.RecordedEvent;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * A {@code PutEvents} entry with its size as EventBridge counts it: the UTF-8 bytes of source, detail
 * type, detail and resources, plus 14 bytes for a time when one is given.
 */
record SizedEntry(RecordedEvent event, PutEventsRequestEntry entry, int bytes) {

    private static final int TIME_BYTES = 14;

    SizedEntry(RecordedEvent event, PutEventsRequestEntry entry) {
        this(event, entry, sizeOf(entry));
    }

    static int sizeOf(PutEventsRequestEntry entry) {
        int bytes = entry.time() == null ? 0 : TIME_BYTES;
        bytes += utf8(entry.source()) + utf8(entry.detailType()) + utf8(entry.detail());
        for (String resource : entry.resources()) {
            bytes += utf8(resource);
        }
        return bytes;
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
