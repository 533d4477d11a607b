package dev.opsledger.domain.replication;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;

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

    record ReplicationFailed(ReplicationRoute route, String reason, int consecutiveFailures, Instant failedAt)
            implements ReplicationEvent {
    }
}
