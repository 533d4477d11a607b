package dev.opsledger.application.port;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one successful append wrote: consecutive events of one stream, starting at {@code firstVersion},
 * stamped with the store's commit time. Replication and the feed move whole commits.
 */
public record Commit(StreamId stream, long firstVersion, Instant committedAt, List<RecordedEvent> events) {

    public Commit {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(committedAt, "committedAt");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent event = events.get(i);
            if (!event.stream().equals(stream) || event.version() != firstVersion + i) {
                throw new IllegalArgumentException("event " + i + " of a commit to " + stream + " at " + firstVersion
                        + " is " + event.stream() + " v" + event.version());
            }
        }
    }

    public long lastVersion() {
        return firstVersion + events.size() - 1;
    }

    public LogPosition position() {
        return new LogPosition(committedAt, stream, firstVersion);
    }
}
