package dev.opsledger.domain.replication;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Counts and durations are checked by the decider, which rejects them with the stream named. */
public sealed interface ReplicationCommand {

    ReplicationRoute route();

    /**
     * A batch of source commits is now in the target: advance the checkpoint to {@code checkpoint} and
     * note the lag (how old the newest source commit not yet applied is, zero when caught up).
     */
    record RecordBatch(
            ReplicationRoute route,
            int commitsApplied,
            LogPosition checkpoint,
            Duration lag,
            Instant appliedAt) implements ReplicationCommand {

        public RecordBatch {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(lag, "lag");
            Objects.requireNonNull(appliedAt, "appliedAt");
        }
    }

    /** A stream whose digest differs between source and target after both were read to the same version. */
    record ReportDivergence(
            ReplicationRoute route,
            StreamId stream,
            String sourceDigest,
            String targetDigest,
            Instant detectedAt) implements ReplicationCommand {

        public ReportDivergence {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(sourceDigest, "sourceDigest");
            Objects.requireNonNull(targetDigest, "targetDigest");
            Objects.requireNonNull(detectedAt, "detectedAt");
        }
    }

    /**
     * An operator repaired a stream marked divergent (its target history is again a prefix of the source's):
     * replication may resume it.
     */
    record ClearDivergence(ReplicationRoute route, StreamId stream, Instant clearedAt) implements ReplicationCommand {

        public ClearDivergence {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(clearedAt, "clearedAt");
        }
    }

    record ReportFailure(ReplicationRoute route, String reason, Instant failedAt) implements ReplicationCommand {

        public ReportFailure {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(failedAt, "failedAt");
        }
    }
}
