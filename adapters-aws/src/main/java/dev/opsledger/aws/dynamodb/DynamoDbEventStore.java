package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The event store on one DynamoDB table laid out by {@link EventTableSchema}: one conditional
 * {@code PutItem} per append, no transactions.
 *
 * <p>An append first reads the stream's index (versions, commit times and event ids, no payloads,
 * strongly consistent): the contract recognises a retry whatever its expected version, even one equal
 * to the stream's, so every append checks its ids against the whole stream. Its cost grows with the
 * stream's length; streams stay short (one deployment, one incident, one hour of a component's checks).
 * The put is conditional on the commit's key being free, so of two writers that read the same version
 * only one wins; the other re-reads and learns whether it lost to its own earlier attempt (a retry) or to
 * another writer (a conflict). A stream's first commit puts first and reads the index only when the put
 * is refused. A store's first commit of each hour is preceded by the put that lists the hour for feed
 * readers ({@link FeedHours}).
 */
public final class DynamoDbEventStore implements EventStore {

    private final EventTable table;
    private final CommitItems items;
    private final InstantSource clock;
    private final FeedHours hours;
    private final FeedReader feed;

    public DynamoDbEventStore(DynamoDbClient client, String tableName, InstantSource clock) {
        this(client, tableName, clock, new EventCodec());
    }

    /** Shares a codec already built (building one costs a little cold-start time). */
    public DynamoDbEventStore(DynamoDbClient client, String tableName, InstantSource clock, EventCodec codec) {
        this.table = new EventTable(Objects.requireNonNull(client, "client"), Objects.requireNonNull(tableName, "tableName"));
        this.items = new CommitItems(Objects.requireNonNull(codec, "codec"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hours = new FeedHours(table);
        this.feed = new FeedReader(table, items, hours, clock);
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        Batch batch = Batch.checked(stream, expectedVersion, events);
        if (expectedVersion == 0) {
            Optional<AppendResult> first = tryFirstCommit(stream, batch);
            if (first.isPresent()) {
                return first.get();
            }
        }
        return appendChecked(stream, expectedVersion, batch);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        return table.queryStream(stream).stream()
                .map(items::toCommit)
                .flatMap(commit -> commit.events().stream())
                .toList();
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return feed.read(Objects.requireNonNull(after, "after"), maxCommits);
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        Objects.requireNonNull(stream, "stream");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        StreamIndex index = readIndex(stream);
        if (!index.hasCommitEndingAt(version)) {
            throw new IllegalArgumentException("stream " + stream + " has no commit ending at version " + version
                    + " (it is at version " + index.version() + "): only whole commits can be discarded");
        }
        // Newest first, so that a failure half-way leaves the stream a gapless prefix of itself.
        index.commitsAfter(version).reversed().forEach(commit -> table.delete(stream, commit.firstVersion()));
    }

    /**
     * A stream is empty exactly when its version-1 item is absent (versions start at 1 and discardAfter
     * deletes newest first), and an empty stream holds no ids to recognise and no commit time to stay
     * after. So a stream's first commit is one conditional put; only a refused put pays for the read.
     */
    private Optional<AppendResult> tryFirstCommit(StreamId stream, Batch batch) {
        return tryPut(StreamIndex.of(stream, List.of()), batch);
    }

    /** Reads the stream's index, recognises a retry, checks the version, then puts. */
    private AppendResult appendChecked(StreamId stream, long expectedVersion, Batch batch) {
        StreamIndex index = readIndex(stream);
        Optional<AppendResult> retry = retryOf(index, batch.ids());
        if (retry.isPresent()) {
            return retry.get();
        }
        if (index.version() != expectedVersion) {
            throw new ConcurrencyConflict(stream, expectedVersion, index.version());
        }
        return tryPut(index, batch).orElseGet(() -> {
            StreamIndex moved = readIndex(stream);
            return retryOf(moved, batch.ids()).orElseThrow(() -> new ConcurrencyConflict(stream, expectedVersion, moved.version()));
        });
    }

    /** Puts the batch as the commit that follows {@code index}; empty when another item holds that commit's key. */
    private Optional<AppendResult> tryPut(StreamIndex index, Batch batch) {
        Commit commit = index.nextCommit(clock.instant(), batch.events());
        hours.list(commit.committedAt());
        return table.putIfAbsent(items.toItem(commit), "append to " + index.stream())
                ? Optional.of(new AppendResult(commit, false))
                : Optional.empty();
    }

    private StreamIndex readIndex(StreamId stream) {
        return StreamIndex.of(stream, table.queryStream(stream, StreamIndex.ATTRIBUTES));
    }

    private Optional<AppendResult> retryOf(StreamIndex index, List<EventId> ids) {
        Optional<Long> candidate = index.commitPossiblyRetriedBy(ids);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Commit earlier = table.get(index.stream(), candidate.get()).map(items::toCommit)
                .orElseThrow(() -> new ServiceUnavailable("commit " + candidate.get() + " of " + index.stream()
                        + " was discarded while an append read it; retry the append", false));
        List<EventId> earlierIds = earlier.events().stream().map(RecordedEvent::id).toList();
        if (!earlierIds.equals(ids)) {
            throw index.notARetry(earlierIds, ids);
        }
        return Optional.of(new AppendResult(earlier, true));
    }
}
