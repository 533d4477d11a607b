package dev.opsledger.simulation;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.domain.shared.LogPosition;
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
final class LaggingFeedEventStore extends ForwardingEventStore {

    private final InstantSource clock;
    private final Duration lag;

    LaggingFeedEventStore(EventStore table, InstantSource clock, Duration lag) {
        super(table);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lag = Objects.requireNonNull(lag, "lag");
        if (lag.isNegative()) {
            throw new IllegalArgumentException("lag must not be negative, was " + lag);
        }
    }

    /** The page up to the first commit too young to show: the feed is in commit-time order, so none after it shows. */
    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        Instant newestVisible = clock.instant().minus(lag);
        List<Commit> visible = super.readFeed(after, maxCommits).commits().stream()
                .takeWhile(commit -> !commit.committedAt().isAfter(newestVisible))
                .toList();
        return new FeedPage(visible, visible.isEmpty() ? after : visible.getLast().position());
    }
}
