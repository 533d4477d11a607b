package dev.opsledger.domain.shared;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A point in a region's log, ordered by commit time, then stream, then version: the total order in
 * which the feed hands out commits, and what a replication checkpoint remembers.
 */
public record LogPosition(Instant committedAt, StreamId stream, long version) implements Comparable<LogPosition> {

    private static final StreamId BEFORE_EVERY_STREAM = new StreamId("\u0000:\u0000");
    public static final LogPosition START = new LogPosition(Instant.EPOCH, BEFORE_EVERY_STREAM, 0);

    private static final Comparator<LogPosition> ORDER = Comparator
            .comparing(LogPosition::committedAt)
            .thenComparing(LogPosition::stream)
            .thenComparingLong(LogPosition::version);

    public LogPosition {
        Objects.requireNonNull(committedAt, "committedAt");
        Objects.requireNonNull(stream, "stream");
    }

    @Override
    public int compareTo(LogPosition other) {
        return ORDER.compare(this, other);
    }
}
