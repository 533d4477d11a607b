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
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The event store on one DynamoDB table laid out by {@link EventTableSchema}: one conditional
 * {@code PutItem} per append, no transactions.
 *
 * <p>An append normally reads the stream's index first (versions, commit times and event ids, no payloads,
 * strongly consistent): the contract recognises a retry whatever its expected version, so the batch's ids are
 * checked against the whole stream. The put is conditional on the commit's key being free (or holding only a
 * discard marker), so of two writers that read the same version only one wins; the other re-reads and learns
 * whether it lost to its own earlier attempt (a retry) or to another writer (a conflict). A store's first
 * commit of each hour is preceded by the put that lists the hour for feed readers ({@link FeedHours}).
 *
 * <p><b>Appends without the read.</b> A writer that follows its own stream (replication applying a source's
 * commits in order, a checker appending to its hourly stream) knows the head already. When the expected version
 * is the head this instance itself last wrote to the stream ({@link FollowedHeads}), and none of the batch's
 * ids is in the index it knew then, the put goes first, conditional on no item at all holding its key; so does
 * a stream's first commit (expected version 0, an empty index). A refused put takes the full path above, which
 * decides conflict, retry or {@code EventIdsReused} exactly as always. A successful put proves that the known
 * index still is the whole stream, because a commit key, once used, is never free again:
 * <ul>
 *   <li>Commits form a gapless chain. Every put lands at the version after a head its writer knew, and only if
 *       that key is free (or, after a read, marked discarded); so a commit written after ours, by any instance,
 *       starts right after our head, and a writer that read the stream before our commit puts at a key that
 *       ours or an earlier commit holds. A free key after our head therefore means nothing was appended after
 *       us, and a free version 1 that the stream never held a commit.</li>
 *   <li>Nothing up to our head changed either. Commits are never rewritten in place, and {@link #discardAfter},
 *       the only way commits leave a stream, overwrites each discarded commit with a marker, after first putting
 *       one at the version after the stream's head. A discard below our head covers our commit, so the key after
 *       our head holds that first marker or the key of a later commit it marked; a discard at or above our head
 *       leaves that key holding a commit or a marker. Either way our put is refused; and a put of ours that got
 *       in before the first marker makes the discard fail instead.</li>
 *   <li>So the known ids are all the stream's ids (no retry or reuse goes unseen) and its latest commit time is
 *       the stream's (commit times stay non-decreasing).</li>
 * </ul>
 * This holds for any number of instances over the table, in any process, with no time limit. Like the discard
 * itself, it assumes no append that reads the stream runs while the stream is being discarded.
 */
public final class DynamoDbEventStore implements EventStore {

    private final EventTable table;
    private final CommitItems items;
    private final InstantSource clock;
    private final FeedHours hours;
    private final FeedReader feed;
    private final FollowedHeads followed = new FollowedHeads();

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
        Optional<StreamIndex> known = expectedVersion == 0 ? Optional.of(StreamIndex.of(stream, List.of()))
                : followed.at(stream, expectedVersion);
        return known.filter(index -> !index.holdsAnyOf(batch.ids()))
                .flatMap(index -> tryPut(index, batch, false))
                .orElseGet(() -> appendChecked(stream, expectedVersion, batch));
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
        followed.forget(stream);
        if (index.version() == version) {
            return;
        }
        Instant now = clock.instant();
        // The marker after the head goes first, so that from now on a writer following the old head is refused.
        if (!table.markDiscardedUnlessCommitted(stream, index.version() + 1, now)) {
            throw new ServiceUnavailable("stream " + stream + " was appended to while its commits after version "
                    + version + " were being discarded; discard again", false);
        }
        // Newest first, so that a failure half-way leaves the stream a gapless prefix of itself.
        index.commitsAfter(version).reversed().forEach(commit -> table.markDiscarded(stream, commit.firstVersion(), now));
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
        return tryPut(index, batch, true).orElseGet(() -> {
            StreamIndex moved = readIndex(stream);
            return retryOf(moved, batch.ids()).orElseThrow(() -> new ConcurrencyConflict(stream, expectedVersion, moved.version()));
        });
    }

    /**
     * Puts the batch as the commit that follows {@code index}; empty when the key is taken: by any item, or, when
     * the index was {@code justRead}, by a commit (a discard marker there is the stream's free next key).
     */
    private Optional<AppendResult> tryPut(StreamIndex index, Batch batch, boolean justRead) {
        Commit commit = index.nextCommit(clock.instant(), batch.events());
        hours.list(commit.committedAt());
        Map<String, AttributeValue> item = items.toItem(commit);
        String description = "append to " + index.stream();
        if (!(justRead ? table.putUnlessCommitted(item, description) : table.putIfAbsent(item, description))) {
            return Optional.empty();
        }
        followed.wrote(index.with(commit));
        return Optional.of(new AppendResult(commit, false));
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
