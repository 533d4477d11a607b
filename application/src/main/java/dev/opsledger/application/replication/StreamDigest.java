package dev.opsledger.application.replication;

import dev.opsledger.application.port.RecordedEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of a stream's history that two regions can compare without shipping the events: a hex
 * SHA-256 over the stream, version and id of each event. The payload is left out on purpose: an event id
 * names exactly one event (the store refuses a second event with the same id in a stream), so equal ids
 * at equal versions mean equal content, and the digest does not depend on how events are serialised.
 */
public final class StreamDigest {

    private StreamDigest() {
    }

    public static String of(List<RecordedEvent> events) {
        MessageDigest sha256 = sha256();
        for (RecordedEvent event : events) {
            String line = event.stream().value() + '\n' + event.version() + '\n' + event.id().value() + '\n';
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
        }
    }
}
