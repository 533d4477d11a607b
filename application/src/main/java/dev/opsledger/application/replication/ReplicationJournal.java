package dev.opsledger.application.replication;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.StreamHead;
import dev.opsledger.domain.replication.Replication;
import dev.opsledger.domain.replication.ReplicationCommand;
import dev.opsledger.domain.replication.ReplicationDecider;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The route's replication stream in the target region: where the checkpoint, batches, lag, divergence
 * (and its clearing by an operator) and failures are recorded, so that the checkpoint lives in the very store it describes and a restarted
 * replicator resumes from what the target durably holds. It is read once and then followed in memory; it
 * is read again after a failure, because a write that failed may or may not have landed.
 */
final class ReplicationJournal {

    private static final Decider<ReplicationCommand, Replication, ReplicationEvent> DECIDER = ReplicationDecider.decider();

    private final EventStore target;
    private final StreamId stream;
    private Replication state;
    /**
     * Where the journal was read or last written; null until read. The journal is never discarded and its
     * ids follow the version, so no id of the next record is at or before the head: appending right after
     * the commit it wrote last is sound, and spares the target reading the stream's whole index on every
     * pass (the stream gains a commit per pass and never shrinks).
     */
    private StreamHead head;

    ReplicationJournal(EventStore target, ReplicationRoute route) {
        this.target = target;
        this.stream = route.stream();
    }

    LogPosition checkpoint() {
        return checkpointOf(current());
    }

    /** The checkpoint as last read or written, without reading the target (which may be unreachable). */
    LogPosition lastKnownCheckpoint() {
        return state == null ? LogPosition.START : checkpointOf(state);
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
        return state != null && divergentIn(state).contains(stream);
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

    void record(ReplicationCommand command) {
        if (!tryAppend(command)) {
            forget();
            if (!tryAppend(command)) {
                throw new IllegalStateException("another replicator keeps writing " + stream + ": run one per route");
            }
        }
    }

    /**
     * A slow pass that overlapped a faster one must not drag the checkpoint back: the commits it applied
     * were idempotent writes, so the newer checkpoint stands and the batch is recorded against it.
     */
    private static ReplicationCommand notBehind(ReplicationCommand command, Replication state) {
        if (command instanceof ReplicationCommand.RecordBatch batch && batch.checkpoint().compareTo(checkpointOf(state)) < 0) {
            return new ReplicationCommand.RecordBatch(
                    batch.route(), batch.commitsApplied(), checkpointOf(state), batch.lag(), batch.appliedAt());
        }
        return command;
    }

    /** Drops what is known of the stream; the next use reads it again. */
    void forget() {
        head = null;
    }

    /** False when the events were not written because another writer took the version first. */
    private boolean tryAppend(ReplicationCommand command) {
        try {
            return append(command);
        } catch (ConcurrencyConflict | EventIdsReused anotherWriterTookTheVersion) {
            return false;
        }
    }

    private boolean append(ReplicationCommand command) {
        Replication before = current();
        List<ReplicationEvent> events = DECIDER.decide(notBehind(command, before), before);
        if (events.isEmpty()) {
            return true;
        }
        long version = head.version();
        List<NewEvent> batch = IntStream.range(0, events.size())
                .mapToObj(index -> new NewEvent(idAt(version + 1 + index), events.get(index)))
                .toList();
        AppendResult result = head.append(target, batch);
        if (result.alreadyAppended()) {
            return false;
        }
        head = StreamHead.after(result.commit());
        Replication after = before;
        for (ReplicationEvent event : events) {
            after = DECIDER.evolve(after, event);
        }
        state = after;
        return true;
    }

    private Replication current() {
        if (head == null) {
            List<RecordedEvent> history = target.readStream(stream);
            state = DECIDER.fold(history.stream().map(recorded -> (ReplicationEvent) recorded.event()).toList());
            head = StreamHead.read(stream, history.isEmpty() ? 0 : history.getLast().version());
        }
        return state;
    }

    /**
     * Ids follow the version: unique in the stream without any other bookkeeping. Another writer that
     * took the version first shows up as a conflict, as a "retry" (its batch had as many events) or as a
     * refused partial repeat of ids; each case reads the stream again and decides anew.
     */
    private EventId idAt(long eventVersion) {
        return new EventId(stream.value() + "@" + eventVersion);
    }
}
