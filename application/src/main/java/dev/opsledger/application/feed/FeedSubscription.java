package dev.opsledger.application.feed;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a region's feed from a checkpoint so that no commit is missed and none is handed out twice by
 * the same subscription. This is the only place that knows how to read the feed safely; every consumer
 * (replication, projections, publishing) goes through it.
 *
 * <p>Why it reads behind the checkpoint: the feed is ordered by commit time, but a commit can become
 * visible there after commits with a later position were already read (the store's index is eventually
 * consistent) and writers' clocks drift, so one writer can stamp a commit slightly "in the past". Reading
 * strictly after the checkpoint would skip such a commit forever. Each poll therefore starts
 * {@code lookBack} before the checkpoint, and the commits re-read in that window are filtered out by
 * their identity (stream, first version). The remembered identities are pruned once they fall behind the
 * window, so memory stays bounded by the write rate times {@code lookBack}. A commit that becomes visible
 * later than {@code lookBack} after its stamped time is missed: choose {@code lookBack} above the store's
 * worst feed delay plus clock skew (two minutes by default).
 *
 * <p>Not thread-safe: one subscription per consumer loop.
 */
public final class FeedSubscription {

    private final EventStore store;
    private final Duration lookBack;
    private final int pageSize;
    private final Map<CommitKey, Instant> delivered = new HashMap<>();
    private LogPosition nextCheckpoint = LogPosition.START;

    public FeedSubscription(EventStore store, Duration lookBack, int pageSize) {
        this.store = Objects.requireNonNull(store, "store");
        this.lookBack = Objects.requireNonNull(lookBack, "lookBack");
        if (lookBack.isNegative()) {
            throw new IllegalArgumentException("lookBack must not be negative, was " + lookBack);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /**
     * The commits after {@code checkpoint} (and in the look-back window before it) that this subscription
     * has not returned yet, in feed order, reading page after page until the feed has nothing more.
     */
    public List<Commit> poll(LogPosition checkpoint) {
        advanceTo(checkpoint);
        LogPosition cursor = new LogPosition(
                checkpoint.committedAt().minus(lookBack), checkpoint.stream(), checkpoint.version());
        List<Commit> fresh = new ArrayList<>();
        FeedPage page = store.readFeed(cursor, pageSize);
        while (!page.commits().isEmpty()) {
            for (Commit commit : page.commits()) {
                if (delivered.putIfAbsent(CommitKey.of(commit), commit.committedAt()) == null) {
                    fresh.add(commit);
                    advanceTo(commit.position());
                }
            }
            page = store.readFeed(page.next(), pageSize);
        }
        forgetBefore(nextCheckpoint.committedAt().minus(lookBack));
        return fresh;
    }

    /** What to store as the checkpoint: the newest position delivered or polled from, never moving backwards. */
    public LogPosition nextCheckpoint() {
        return nextCheckpoint;
    }

    private void advanceTo(LogPosition position) {
        if (position.compareTo(nextCheckpoint) > 0) {
            nextCheckpoint = position;
        }
    }

    private void forgetBefore(Instant horizon) {
        delivered.values().removeIf(committedAt -> committedAt.isBefore(horizon));
    }

    private record CommitKey(StreamId stream, long firstVersion) {

        static CommitKey of(Commit commit) {
            return new CommitKey(commit.stream(), commit.firstVersion());
        }
    }
}
