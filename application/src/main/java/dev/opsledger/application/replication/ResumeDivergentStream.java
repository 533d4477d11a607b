package dev.opsledger.application.replication;

import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.replication.ReplicationCommand.ClearDivergence;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The operator's way back for a stream that replication holds back as divergent. Once the stream is repaired
 * (the target holds no event the source lacks, for example after failback re-applied or quarantined a former
 * primary's commits), the mark is cleared in the route's journal, so both replication modes take the stream
 * again, and what the target missed meanwhile is copied now rather than with the stream's next commit (which may
 * never come). The divergence alert is resolved.
 */
public final class ResumeDivergentStream {

    /** What resuming did: whether events the target had missed were copied. */
    public record Resumed(StreamId stream, boolean caughtUp) {
    }

    private final ReplicationRoute route;
    private final EventStore source;
    private final EventStore target;
    private final InstantSource clock;
    private final CommitApplier applier;
    private final ReplicationJournal journal;
    private final ReplicationAlerts alerts;

    public ResumeDivergentStream(ReplicationRoute route, EventStore source, EventStore target, AlertNotifier notifier,
            InstantSource clock) {
        this.route = Objects.requireNonNull(route, "route");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.applier = new CommitApplier(source, target);
        this.journal = new ReplicationJournal(target, route, clock);
        this.alerts = new ReplicationAlerts(Objects.requireNonNull(notifier, "notifier"), route);
    }

    /**
     * Clears the stream's mark. Throws {@link StreamStillDivergent} while the target still differs, and the
     * decider's {@code CommandRejected} for a stream the journal does not mark; either leaves everything as it was.
     */
    public Resumed resume(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        if (!CommitApplier.holdsOnlySourceEvents(target.readStream(stream), source.readStream(stream))) {
            throw new StreamStillDivergent(route, stream);
        }
        // Caught up while still held back, so no replicator writes the stream meanwhile; then once more for what
        // the source took between that and the clearing.
        boolean caughtUp = journal.marksDivergent(stream) && applier.catchUp(stream, Long.MAX_VALUE);
        Instant now = clock.instant();
        journal.record(new ClearDivergence(route, stream, now));
        caughtUp |= catchUpBesideReplication(stream);
        alerts.divergenceCleared(stream, now);
        return new Resumed(stream, caughtUp);
    }

    private boolean catchUpBesideReplication(StreamId stream) {
        try {
            return applier.catchUp(stream, Long.MAX_VALUE);
        } catch (ConcurrencyConflict | EventIdsReused replicationGotThereFirst) {
            return false;
        }
    }
}
