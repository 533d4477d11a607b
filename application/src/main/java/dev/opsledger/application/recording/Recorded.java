package dev.opsledger.application.recording;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;

/**
 * What a command left in its stream: the events it caused and the stream's version after the last of
 * them. {@code alreadyRecorded} marks an answer that wrote nothing now: a retry of a command already in
 * the stream (its original events), or a command whose effect the stream already holds (no events).
 */
public record Recorded(StreamId stream, long version, List<RecordedEvent> events, boolean alreadyRecorded) {

    public Recorded {
        Objects.requireNonNull(stream, "stream");
        events = List.copyOf(events);
    }
}
