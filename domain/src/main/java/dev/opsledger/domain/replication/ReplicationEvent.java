package dev.opsledger.domain.replication;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

public sealed interface ReplicationEvent extends DomainEvent {

    ReplicationRoute route();

    record BatchApplied(ReplicationRoute route, int commitsApplied, Instant appliedAt) implements ReplicationEvent {
    }

    record CheckpointAdvanced(ReplicationRoute route, LogPosition checkpoint, Instant advancedAt)
            implements ReplicationEvent {
    }

    record LagObserved(ReplicationRoute route, Duration lag, Instant observedAt) implements ReplicationEvent {
    }

    record DivergenceDetected(
            ReplicationRoute route,
            StreamId stream,
            String sourceDigest,
            String targetDigest,
            Instant detectedAt) implements ReplicationEvent {
    }

    record DivergenceCleared(ReplicationRoute route, StreamId stream, Instant clearedAt) implements ReplicationEvent {
    }

    /**
     * The state a route's journal stream starts from: the first event of an hour's stream, carried from the
     * stream before it, so that a reader needs no earlier hour.
     */
    record ReplicationCarriedForward(
            ReplicationRoute route,
            LogPosition checkpoint,
            Duration lastLag,
            int consecutiveFailures,
            List<DivergentStream> divergences,
            Instant lastActivityAt) implements ReplicationEvent {

        public ReplicationCarriedForward {
            divergences = List.copyOf(divergences);
        }
    }

    /** A stream known to differ between source and target, as a carried state lists it. */
    record DivergentStream(StreamId stream, String sourceDigest, String targetDigest) {
    }

    record ReplicationFailed(ReplicationRoute route, String reason, int consecutiveFailures, Instant failedAt)
            implements ReplicationEvent {
    }
}
