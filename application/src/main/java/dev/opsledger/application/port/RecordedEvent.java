package dev.opsledger.application.port;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/** An event in the log: its stream, its version there (the first event of a stream is version 1) and its id. */
public record RecordedEvent(StreamId stream, long version, EventId id, DomainEvent event) {

    public RecordedEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
    }
}
