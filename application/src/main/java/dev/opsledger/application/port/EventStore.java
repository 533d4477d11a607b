package dev.opsledger.application.port;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;

/**
 * One region's append-only log of events, grouped in streams.
 *
 * <p>Contract, held by every implementation and checked by the shared contract suite:
 * <ul>
 *   <li>{@link #append} writes the whole batch as one commit or nothing. It succeeds only when the
 *       stream is at {@code expectedVersion} (0 for a stream that does not exist yet); otherwise it
 *       throws {@link ConcurrencyConflict} and writes nothing.</li>
 *   <li>Event ids are unique within a stream. A batch whose ids are exactly those of an existing commit
 *       of the stream, in the same order, is a retry: the result reports that commit with
 *       {@code alreadyAppended} and nothing is written, whatever {@code expectedVersion} says. A batch
 *       that repeats some ids of the stream but is not such a retry is refused with
 *       {@link EventIdsReused} and writes nothing.</li>
 *   <li>A batch that would make a commit larger than the store keeps in one piece ({@link CommitTooLarge#MAX_COMMIT_BYTES} as stored) is
 *       refused with {@link CommitTooLarge}; an empty batch, an id twice in one batch or a negative
 *       {@code expectedVersion} with {@link MalformedBatch}. Either writes nothing.</li>
 *   <li>Each commit is stamped with the store's clock ({@code committedAt}); commits of one stream have
 *       non-decreasing commit times.</li>
 *   <li>{@link #readStream} is strongly consistent: it sees every acknowledged append.</li>
 *   <li>{@link #readFeed} returns, across all streams, commits whose position is strictly after the
 *       given one, in position order, at most {@code maxCommits}. It may lag: a commit can become
 *       visible on the feed a little after it was acknowledged, with a position earlier than commits
 *       already returned. Readers therefore look back a window and tolerate seeing a commit twice.</li>
 *   <li>Any call may throw {@link ServiceUnavailable}; an append that threw it may or may not have
 *       been written, and retrying it with the same event ids is always safe.</li>
 * </ul>
 */
public interface EventStore {

    AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events);

    /** All events of the stream in version order; empty for a stream never written. */
    List<RecordedEvent> readStream(StreamId stream);

    FeedPage readFeed(LogPosition after, int maxCommits);

    /**
     * Removes the stream's commits after {@code version}. Only failback calls this, for a former
     * primary's commits that never reached the region that took over: they have been re-applied there or
     * quarantined first, so nothing acknowledged is lost. A commit is removed whole or not at all;
     * {@code version} must be the last version of a commit (or 0).
     */
    void discardAfter(StreamId stream, long version);
}
