package dev.opsledger.inmemory.simulation;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * A table whose feed shows a commit only {@code lag} after its commit time, as an eventually consistent
 * index does: readers that do not look back miss what shows late. Given the same table, every run sees
 * the same delay, whether the table answers at once (in memory, a local server) or not.
 */
final class LaggingFeedEventStore implements EventStore {

    private final EventStore table;
    private final InstantSource clock;
    private final Duration lag;

    LaggingFeedEventStore(EventStore table, InstantSource clock, Duration lag) {
        this.table = Objects.requireNonNull(table, "table");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lag = Objects.requireNonNull(lag, "lag");
        if (lag.isNegative()) {
            throw new IllegalArgumentException("lag must not be negative, was " + lag);
        }
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return table.append(stream, expectedVersion, events);
    }

    @Override
    public AppendResult appendAfter(Commit knownLast, List<NewEvent> events) {
        return table.appendAfter(knownLast, events);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return table.readStream(stream);
    }

    /** The page up to the first commit too young to show: the feed is in commit-time order, so none after it shows. */
    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        Instant newestVisible = clock.instant().minus(lag);
        List<Commit> visible = table.readFeed(after, maxCommits).commits().stream()
                .takeWhile(commit -> !commit.committedAt().isAfter(newestVisible))
                .toList();
        return new FeedPage(visible, visible.isEmpty() ? after : visible.getLast().position());
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        table.discardAfter(stream, version);
    }
}
