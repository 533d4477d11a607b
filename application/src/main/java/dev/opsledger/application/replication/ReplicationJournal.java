package dev.opsledger.application.replication;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.stream.FollowedStream;
import dev.opsledger.application.stream.Rotation;
import dev.opsledger.domain.replication.Replication;
import dev.opsledger.domain.replication.ReplicationCommand;
import dev.opsledger.domain.replication.ReplicationDecider;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;

/**
 * The route's replication journal in the target region, one stream per hour: where the checkpoint, batches,
 * lag, divergence (and its clearing by an operator) and failures are recorded, so that the checkpoint lives in the very store it describes
 * and a restarted replicator resumes from what the target durably holds. It is read once and then followed
 * in memory ({@link FollowedStream}); it is read again after a failure, because a write that failed may or
 * may not have landed.
 */
final class ReplicationJournal {

    /**
     * A running replicator records every pass, so the hour's stream or the one before holds the journal. One
     * stopped for longer than a week starts again from the start of the log: re-applying is idempotent.
     */
    static final Rotation<Replication, ReplicationEvent> ROTATION = new Rotation<>(7 * 24, ReplicationDecider::carriedForward);

    /**
     * A slow pass that overlapped a faster one must not drag the checkpoint back: the commits it applied
     * were idempotent writes, so the newer checkpoint stands and the batch is recorded against it.
     */
    private static final Decider<ReplicationCommand, Replication, ReplicationEvent> DECIDER = new Decider<>(
            (command, state) -> ReplicationDecider.decide(notBehind(command, state), state),
            ReplicationDecider::evolve, ReplicationDecider.initialState());

    private final FollowedStream<ReplicationCommand, Replication, ReplicationEvent> journal;
    private final InstantSource clock;

    ReplicationJournal(EventStore target, ReplicationRoute route, InstantSource clock) {
        this.journal = new FollowedStream<>(target, DECIDER, ReplicationEvent.class, route.series(), ROTATION);
        this.clock = clock;
    }

    LogPosition checkpoint() {
        return checkpointOf(current());
    }

    /** The checkpoint as last read or written, without reading the target (which may be unreachable). */
    LogPosition lastKnownCheckpoint() {
        return checkpointOf(journal.lastKnown());
    }

    /**
     * Whether the journal marks {@code stream} divergent. A mark known from memory is confirmed by reading the
     * journal again, so that an operator's clear, which another process writes, takes effect at once; that read
     * is spent only on a stream that is marked.
     */
    boolean marksDivergent(StreamId stream) {
        if (!divergentIn(current()).contains(stream)) {
            return false;
        }
        forget();
        return divergentIn(current()).contains(stream);
    }

    /** The streams the journal marks divergent, confirmed by a read as {@link #marksDivergent} does. */
    Set<StreamId> divergentStreams() {
        if (divergentIn(current()).isEmpty()) {
            return Set.of();
        }
        forget();
        return divergentIn(current());
    }

    /** Whether the stream was marked divergent when the journal was last read or written, without reading it. */
    boolean knownDivergent(StreamId stream) {
        return divergentIn(journal.lastKnown()).contains(stream);
    }

    private Replication current() {
        return journal.state(clock.instant());
    }

    private static Set<StreamId> divergentIn(Replication state) {
        return switch (state) {
            case Replication.NeverRun neverRun -> Set.of();
            case Replication.Running running -> running.divergentStreams();
        };
    }

    private static LogPosition checkpointOf(Replication state) {
        return switch (state) {
            case Replication.NeverRun neverRun -> LogPosition.START;
            case Replication.Running running -> running.checkpoint();
        };
    }

    /**
     * Ids follow the version: unique in the stream without any other bookkeeping. Another writer that took
     * the version first shows up as a conflict or as a refused repeat of ids; either reads the stream again.
     */
    void record(ReplicationCommand command) {
        journal.record(command, timeOf(command), (stream, version, index) -> new EventId(stream.value() + "@" + version));
    }

    /** Drops what is known of the stream; the next use reads it again. */
    void forget() {
        journal.forget();
    }

    private static ReplicationCommand notBehind(ReplicationCommand command, Replication state) {
        if (command instanceof ReplicationCommand.RecordBatch batch && batch.checkpoint().compareTo(checkpointOf(state)) < 0) {
            return new ReplicationCommand.RecordBatch(
                    batch.route(), batch.commitsApplied(), checkpointOf(state), batch.lag(), batch.appliedAt());
        }
        return command;
    }

    private static Instant timeOf(ReplicationCommand command) {
        return switch (command) {
            case ReplicationCommand.RecordBatch batch -> batch.appliedAt();
            case ReplicationCommand.ReportDivergence divergence -> divergence.detectedAt();
            case ReplicationCommand.ReportFailure failure -> failure.failedAt();
            case ReplicationCommand.ClearDivergence clear -> clear.clearedAt();
        };
    }
}
