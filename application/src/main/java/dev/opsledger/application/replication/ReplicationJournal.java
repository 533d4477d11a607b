package dev.opsledger.application.replication;

import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
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
import java.util.stream.IntStream;

/**
 * The route's replication stream in the target region: where the checkpoint, batches, lag, divergence
 * and failures are recorded, so that the checkpoint lives in the very store it describes and a restarted
 * replicator resumes from what the target durably holds. It is read once and then followed in memory; it
 * is read again after a failure, because a write that failed may or may not have landed.
 */
final class ReplicationJournal {

    private static final Decider<ReplicationCommand, Replication, ReplicationEvent> DECIDER = ReplicationDecider.decider();

    private final EventStore target;
    private final StreamId stream;
    private Replication state;
    private long version = -1;

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

    private static LogPosition checkpointOf(Replication state) {
        return switch (state) {
            case Replication.NeverRun neverRun -> LogPosition.START;
            case Replication.Running running -> running.checkpoint();
        };
    }

    void record(ReplicationCommand command) {
        try {
            append(command);
        } catch (ConcurrencyConflict anotherWriter) {
            forget();
            append(command);
        }
    }

    /** Drops what is known of the stream; the next use reads it again. */
    void forget() {
        version = -1;
    }

    private void append(ReplicationCommand command) {
        Replication before = current();
        List<ReplicationEvent> events = DECIDER.decide(command, before);
        if (events.isEmpty()) {
            return;
        }
        target.append(stream, version, IntStream.range(0, events.size())
                .mapToObj(index -> new NewEvent(idAt(version + 1 + index), events.get(index)))
                .toList());
        Replication after = before;
        for (ReplicationEvent event : events) {
            after = DECIDER.evolve(after, event);
        }
        state = after;
        version += events.size();
    }

    private Replication current() {
        if (version < 0) {
            List<RecordedEvent> history = target.readStream(stream);
            state = DECIDER.fold(history.stream().map(recorded -> (ReplicationEvent) recorded.event()).toList());
            version = history.isEmpty() ? 0 : history.getLast().version();
        }
        return state;
    }

    /** Ids follow the version, so two writers racing for a version collide in the store instead of both landing. */
    private EventId idAt(long eventVersion) {
        return new EventId(stream.value() + "@" + eventVersion);
    }
}
