package dev.opsledger.application.replication;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one replication pass did. {@code checkpoint} is the checkpoint recorded in the target (unchanged
 * when the pass failed); {@code lag} is the age of the newest source commit seen but not applied, zero
 * when everything seen was applied. {@code divergent} names the streams found divergent by the pass and those it
 * held back because the journal marks them so. {@code failure} says why a pass stopped early. {@code reached} names
 * each stream the pass read with the last version it read of it, what a digest check after the pass compares.
 */
public record ReplicationPass(
        int applied,
        int alreadyPresent,
        Set<StreamId> divergent,
        LogPosition checkpoint,
        Duration lag,
        Optional<String> failure,
        Map<StreamId, Long> reached) {

    public ReplicationPass {
        divergent = Set.copyOf(divergent);
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(lag, "lag");
        Objects.requireNonNull(failure, "failure");
        reached = Map.copyOf(reached);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
