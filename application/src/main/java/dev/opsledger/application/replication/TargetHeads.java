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
 */
final class TargetHeads {

    private final Map<StreamId, Commit> lastOfStream = new HashMap<>();

    /** The remembered target commit that {@code sourceCommit} directly follows, if any. */
    Optional<Commit> followedBy(Commit sourceCommit) {
        return Optional.ofNullable(lastOfStream.get(sourceCommit.stream()))
                .filter(head -> head.lastVersion() == sourceCommit.firstVersion() - 1);
    }

    void remember(Commit targetCommit) {
        lastOfStream.put(targetCommit.stream(), targetCommit);
    }
}
