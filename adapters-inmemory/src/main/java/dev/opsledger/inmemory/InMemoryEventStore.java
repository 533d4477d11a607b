package dev.opsledger.inmemory;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.HourlyStream;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.fault.Faults;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One region's table, as the DynamoDB design behaves: one conditional commit per append, strongly
 * consistent stream reads, and a feed (the time-bucketed index) that shows a commit only {@code feedLag}
 * after its commit time, plus whatever extra latency the region suffered while writing it. A slow
 * write therefore lands on the feed behind later ones: a reader that does not look back misses it.
 */
public final class InMemoryEventStore implements EventStore {

    private record FeedEntry(Commit commit, Instant visibleFrom) {
    }

    private final InstantSource clock;
    private final Faults faults;
    private final Duration feedLag;
    private final ConcurrentMap<StreamId, StreamLog> streams = new ConcurrentHashMap<>();
    private final ConcurrentNavigableMap<LogPosition, FeedEntry> feed = new ConcurrentSkipListMap<>();

    public InMemoryEventStore(InstantSource clock) {
        this(clock, new Faults(), Duration.ZERO);
    }

    public InMemoryEventStore(InstantSource clock, Faults faults, Duration feedLag) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.feedLag = Objects.requireNonNull(feedLag, "feedLag");
        if (feedLag.isNegative()) {
            throw new IllegalArgumentException("feedLag must not be negative, was " + feedLag);
        }
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        Objects.requireNonNull(stream, "stream");
        List<NewEvent> batch = StreamLog.checkedBatch(stream, expectedVersion, events);
        faults.beforeCall("append to " + stream);
        StreamLog log = streams.computeIfAbsent(stream, StreamLog::new);
        synchronized (log) {
            Optional<Commit> retried = log.commitRetriedBy(batch);
            if (retried.isPresent()) {
                return new AppendResult(retried.get(), true);
            }
            if (log.version() != expectedVersion) {
                throw new ConcurrencyConflict(stream, expectedVersion, log.version());
            }
            CommitSize.refuseOversized(stream, batch);
            Commit commit = log.write(batch, clock.instant());
            Instant visibleFrom = commit.committedAt().plus(feedLag).plus(faults.extraLatency());
            feed.put(commit.position(), new FeedEntry(commit, visibleFrom));
            return new AppendResult(commit, false);
        }
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        faults.beforeCall("read stream " + stream);
        StreamLog log = streams.get(stream);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return log.events();
        }
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        Objects.requireNonNull(after, "after");
        if (maxCommits < 1) {
            throw new IllegalArgumentException("maxCommits must be at least 1, was " + maxCommits);
        }
        faults.beforeCall("read feed after " + after);
        Instant now = clock.instant();
        Instant newestVisibleCommitTime = now.minus(feedLag);
        List<Commit> page = new ArrayList<>();
        for (FeedEntry entry : feed.tailMap(after, false).values()) {
            if (page.size() == maxCommits || entry.commit().committedAt().isAfter(newestVisibleCommitTime)) {
                break;
            }
            if (!entry.visibleFrom().isAfter(now)) {
                page.add(entry.commit());
            }
        }
        return new FeedPage(page, page.isEmpty() ? after : page.getLast().position());
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        Objects.requireNonNull(stream, "stream");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        faults.beforeCall("discard " + stream + " after version " + version);
        StreamLog log = streams.computeIfAbsent(stream, StreamLog::new);
        synchronized (log) {
            log.discardAfter(version).forEach(commit -> feed.remove(commit.position()));
        }
    }

    /** The events of every stream of an hourly series ({@link HourlyStream}), hour after hour: for inspection. */
    public List<RecordedEvent> readSeries(StreamId series) {
        return streams().stream()
                .filter(stream -> HourlyStream.seriesOf(stream).equals(series))
                .flatMap(stream -> readStream(stream).stream())
                .toList();
    }

    /** Every commit in feed order, whatever the feed lag and the faults: what the table really holds. */
    public List<Commit> allCommits() {
        return feed.values().stream().map(FeedEntry::commit).toList();
    }

    public Set<StreamId> streams() {
        Set<StreamId> written = new TreeSet<>();
        streams.forEach((stream, log) -> {
            synchronized (log) {
                if (log.version() > 0) {
                    written.add(stream);
                }
            }
        });
        return written;
    }
}
