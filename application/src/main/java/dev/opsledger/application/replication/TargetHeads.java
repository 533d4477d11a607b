package dev.opsledger.application.replication;

import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per stream, the target commit a replication pass last wrote, or found already there at the source's
 * versions, so that the stream's next source commit can go right after it through
 * {@link dev.opsledger.application.port.EventStore#appendAfter} without the target reading the stream.
 * Only commits the target itself reported are remembered: a head is never guessed from the source.
 *
 * <p>A stream is followed only from its first version on: then every event of the target up to the head
 * is the source's, and the source's next ids are new to it. A stream the pass meets half-way may hold
 * other events before the head (a former primary's orphan awaiting failback) whose ids the next source
 * commit repeats; only the general append, which reads the stream, recognises that divergence.
 */
final class TargetHeads {

    private final Map<StreamId, Commit> lastOfStream = new HashMap<>();

    /** The remembered target commit that {@code sourceCommit} directly follows, if any. */
    Optional<Commit> followedBy(Commit sourceCommit) {
        return Optional.ofNullable(lastOfStream.get(sourceCommit.stream()))
                .filter(head -> head.lastVersion() == sourceCommit.firstVersion() - 1);
    }

    /** Follows the stream from {@code targetCommit} if it starts the stream or continues a followed head. */
    void wrote(Commit targetCommit, boolean afterAFollowedHead) {
        if (afterAFollowedHead || targetCommit.firstVersion() == 1) {
            lastOfStream.put(targetCommit.stream(), targetCommit);
        } else {
            lastOfStream.remove(targetCommit.stream());
        }
    }
}
