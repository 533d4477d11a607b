package dev.opsledger.domain.replication;

import dev.opsledger.domain.replication.Replication.Divergence;
import dev.opsledger.domain.replication.Replication.NeverRun;
import dev.opsledger.domain.replication.Replication.Running;
import dev.opsledger.domain.replication.ReplicationCommand.ClearDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.RecordBatch;
import dev.opsledger.domain.replication.ReplicationCommand.ReportDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.ReportFailure;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.DivergentStream;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationCarriedForward;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replication along one route: the checkpoint only moves forward, so a replayed or late batch can never
 * make the target forget what it already holds. A stream found divergent stays marked, and replication
 * holds it back, until an operator clears it ({@code ClearDivergence}) after repairing it.
 *
 * <p>{@code RecordBatch} yields {@code BatchApplied} (only when commits were applied), {@code CheckpointAdvanced}
 * (only when it moved) and {@code LagObserved}. {@code ReportDivergence} needs two different digests, and the same
 * divergence reported again records nothing. {@code ReportFailure} counts consecutive failures; a successful batch
 * resets the count.
 */
public final class ReplicationDecider {

    private ReplicationDecider() {
    }

    public static Decider<ReplicationCommand, Replication, ReplicationEvent> decider() {
        return new Decider<>(ReplicationDecider::decide, ReplicationDecider::evolve, initialState());
    }

    public static Replication initialState() {
        return new NeverRun();
    }

    /** What an hour's journal stream starts with, so that it alone folds to {@code state}: nothing before the first pass. */
    public static List<ReplicationEvent> carriedForward(Replication state) {
        return switch (state) {
            case NeverRun neverRun -> List.of();
            case Running running -> List.of(new ReplicationCarriedForward(running.route(), running.checkpoint(),
                    running.lastLag(), running.consecutiveFailures(),
                    running.divergences().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(entry -> new DivergentStream(entry.getKey(), entry.getValue().sourceDigest(),
                                    entry.getValue().targetDigest()))
                            .toList(),
                    running.lastActivityAt()));
        };
    }

    public static List<ReplicationEvent> decide(ReplicationCommand command, Replication state) {
        Running current = switch (state) {
            case NeverRun neverRun -> notYetRun(command.route());
            case Running running when running.route().equals(command.route()) -> running;
            case Running running -> throw new CommandRejected("a command for route " + command.route().series()
                    + " cannot be applied to stream " + running.route().series());
        };
        return switch (command) {
            case RecordBatch batch -> recordBatch(batch, current);
            case ReportDivergence report -> reportDivergence(report, current);
            case ClearDivergence clear -> clearDivergence(clear, current);
            case ReportFailure failure -> List.of(new ReplicationFailed(
                    failure.route(), failure.reason(), current.consecutiveFailures() + 1, failure.failedAt()));
        };
    }

    public static Replication evolve(Replication state, ReplicationEvent event) {
        if (event instanceof ReplicationCarriedForward carried) {
            return carriedInto(state, carried);
        }
        return switch (state) {
            case NeverRun neverRun -> apply(notYetRun(event.route()), event);
            case Running running when running.route().equals(event.route()) -> apply(running, event);
            case Running running -> throw cannotFollow(event, state);
        };
    }

    private static List<ReplicationEvent> recordBatch(RecordBatch batch, Running current) {
        String stream = batch.route().series().toString();
        if (batch.commitsApplied() < 0) {
            throw new CommandRejected(stream + ": commitsApplied must not be negative, was " + batch.commitsApplied());
        }
        if (batch.lag().isNegative()) {
            throw new CommandRejected(stream + ": lag must not be negative, was " + batch.lag());
        }
        int direction = batch.checkpoint().compareTo(current.checkpoint());
        if (direction < 0) {
            throw new CommandRejected(stream + ": checkpoint may not move backwards: "
                    + describe(batch.checkpoint()) + " < " + describe(current.checkpoint()));
        }
        List<ReplicationEvent> events = new ArrayList<>(3);
        if (batch.commitsApplied() > 0) {
            events.add(new BatchApplied(batch.route(), batch.commitsApplied(), batch.appliedAt()));
        }
        if (direction > 0) {
            events.add(new CheckpointAdvanced(batch.route(), batch.checkpoint(), batch.appliedAt()));
        }
        events.add(new LagObserved(batch.route(), batch.lag(), batch.appliedAt()));
        return List.copyOf(events);
    }

    private static List<ReplicationEvent> reportDivergence(ReportDivergence report, Running current) {
        if (report.sourceDigest().equals(report.targetDigest())) {
            throw new CommandRejected(report.route().series() + ": " + report.stream() + " is not divergent, both digests are "
                    + report.sourceDigest());
        }
        Divergence divergence = new Divergence(report.sourceDigest(), report.targetDigest());
        if (divergence.equals(current.divergences().get(report.stream()))) {
            return List.of();
        }
        return List.of(new DivergenceDetected(
                report.route(), report.stream(), report.sourceDigest(), report.targetDigest(), report.detectedAt()));
    }

    private static List<ReplicationEvent> clearDivergence(ClearDivergence clear, Running current) {
        if (!current.divergences().containsKey(clear.stream())) {
            throw new CommandRejected(clear.route().series() + ": " + clear.stream() + " is not marked divergent, the"
                    + " marked streams are " + new TreeSet<>(current.divergentStreams()));
        }
        return List.of(new DivergenceCleared(clear.route(), clear.stream(), clear.clearedAt()));
    }

    private static Running apply(Running running, ReplicationEvent event) {
        return switch (event) {
            case BatchApplied applied when applied.commitsApplied() > 0 ->
                    afterSuccess(running, running.checkpoint(), running.lastLag(), applied.appliedAt());
            case CheckpointAdvanced advanced when advanced.checkpoint().compareTo(running.checkpoint()) > 0 ->
                    afterSuccess(running, advanced.checkpoint(), running.lastLag(), advanced.advancedAt());
            case LagObserved observed when !observed.lag().isNegative() ->
                    afterSuccess(running, running.checkpoint(), observed.lag(), observed.observedAt());
            case DivergenceDetected detected -> {
                Map<StreamId, Divergence> divergences = new HashMap<>(running.divergences());
                divergences.put(detected.stream(), new Divergence(detected.sourceDigest(), detected.targetDigest()));
                yield new Running(running.route(), running.checkpoint(), running.lastLag(),
                        running.consecutiveFailures(), divergences, detected.detectedAt());
            }
            case DivergenceCleared cleared when running.divergences().containsKey(cleared.stream()) -> {
                Map<StreamId, Divergence> divergences = new HashMap<>(running.divergences());
                divergences.remove(cleared.stream());
                yield new Running(running.route(), running.checkpoint(), running.lastLag(),
                        running.consecutiveFailures(), divergences, cleared.clearedAt());
            }
            case ReplicationFailed failed when failed.consecutiveFailures() == running.consecutiveFailures() + 1 ->
                    new Running(running.route(), running.checkpoint(), running.lastLag(),
                            failed.consecutiveFailures(), running.divergences(), failed.failedAt());
            case BatchApplied applied -> throw cannotFollow(event, running);
            case CheckpointAdvanced advanced -> throw cannotFollow(event, running);
            case LagObserved observed -> throw cannotFollow(event, running);
            case DivergenceCleared cleared -> throw cannotFollow(event, running);
            case ReplicationFailed failed -> throw cannotFollow(event, running);
            case ReplicationCarriedForward carried -> throw cannotFollow(event, running);
        };
    }

    private static Running carriedInto(Replication state, ReplicationCarriedForward carried) {
        if (!(state instanceof NeverRun)) {
            throw cannotFollow(carried, state);
        }
        Map<StreamId, Divergence> divergences = new HashMap<>();
        carried.divergences().forEach(divergent -> divergences.put(divergent.stream(),
                new Divergence(divergent.sourceDigest(), divergent.targetDigest())));
        return new Running(carried.route(), carried.checkpoint(), carried.lastLag(), carried.consecutiveFailures(),
                divergences, carried.lastActivityAt());
    }

    /** Any part of a successful batch ends a streak of failures; divergence is not cleared by it. */
    private static Running afterSuccess(Running running, LogPosition checkpoint, Duration lag, Instant at) {
        return new Running(running.route(), checkpoint, lag, 0, running.divergences(), at);
    }

    private static Running notYetRun(ReplicationRoute route) {
        return new Running(route, LogPosition.START, Duration.ZERO, 0, Map.of(), Instant.EPOCH);
    }

    private static String describe(LogPosition position) {
        if (position.equals(LogPosition.START)) {
            return "the start of the log";
        }
        return position.stream() + "@" + position.version() + " (committed " + position.committedAt() + ")";
    }

    private static IllegalStateException cannotFollow(ReplicationEvent event, Replication state) {
        return new IllegalStateException("corrupt replication log: " + event + " cannot follow " + state);
    }
}
