package dev.opsledger.domain.replication;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public sealed interface Replication {

    record NeverRun() implements Replication {
    }

    /**
     * {@code divergences} keeps the digests last reported per stream, so a repeated report is recognised; a stream
     * in it is held back by replication until an operator clears it.
     */
    record Running(
            ReplicationRoute route,
            LogPosition checkpoint,
            Duration lastLag,
            int consecutiveFailures,
            Map<StreamId, Divergence> divergences,
            Instant lastActivityAt) implements Replication {

        public Running {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(lastLag, "lastLag");
            Objects.requireNonNull(lastActivityAt, "lastActivityAt");
            divergences = Map.copyOf(divergences);
            if (consecutiveFailures < 0) {
                throw new IllegalArgumentException("consecutiveFailures must not be negative, was " + consecutiveFailures);
            }
        }

        public Set<StreamId> divergentStreams() {
            return divergences.keySet();
        }
    }

    /** What source and target hashed a stream to when they were found to differ. */
    record Divergence(String sourceDigest, String targetDigest) {

        public Divergence {
            Objects.requireNonNull(sourceDigest, "sourceDigest");
            Objects.requireNonNull(targetDigest, "targetDigest");
        }
    }
}
