package dev.opsledger.simulation;

import dev.opsledger.application.failover.FailbackOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Each failover with what the secondary lacked at that very instant (the RPO cannot be measured later:
 * failback repairs it), and the failback that ended it. A failover is measured from the dark period that
 * caused it: the one in which the first of its run of failed health checks fell.
 */
final class FailoverLog {

    record Failback(Instant at, FailbackOutcome outcome) {
    }

    record Entry(Instant outageStart, Instant failoverAt, long epoch, Duration rpo, Optional<Failback> failback) {
    }

    private final List<Instant> darkPeriodStarts;
    private final WriteAudit audit;
    private final SimulatedPair pair;
    private final List<Entry> entries = new ArrayList<>();
    private final SortedSet<StreamId> blockingFailback = new TreeSet<>();
    private int failbacksBlocked;

    FailoverLog(Scenario scenario, Instant start, WriteAudit audit, SimulatedPair pair) {
        this.darkPeriodStarts = scenario.darkPeriods().stream().map(period -> start.plus(period.start())).toList();
        this.audit = audit;
        this.pair = pair;
    }

    /** {@code firstFailedCheck}: the first of the consecutive failed health checks that made it fail over. */
    void failedOver(ActiveRegion active, Instant at, Instant firstFailedCheck) {
        Instant outageStart = darkPeriodStarts.stream().filter(start -> !start.isAfter(firstFailedCheck))
                .reduce((earlier, later) -> later).orElse(firstFailedCheck);
        Set<EventId> held = HeldEvents.inLogOrQuarantine(pair.secondary());
        Duration rpo = audit.oldestMissing(pair.primary().region(), held)
                .map(ack -> Duration.between(ack.at(), outageStart))
                .filter(window -> !window.isNegative())
                .orElse(Duration.ZERO);
        entries.add(new Entry(outageStart, at, active.epoch(), rpo, Optional.empty()));
    }

    void failedBack(FailbackOutcome outcome, Instant at) {
        if (!awaitingFailback()) {
            throw new IllegalStateException("a failback at " + at + " without a failover before it");
        }
        Entry last = entries.removeLast();
        entries.add(new Entry(last.outageStart(), last.failoverAt(), last.epoch(), last.rpo(),
                Optional.of(new Failback(at, outcome))));
    }

    /** A failback refused because these streams still differed; the secondary stayed active. */
    void failbackBlocked(Set<StreamId> divergent) {
        failbacksBlocked++;
        blockingFailback.addAll(divergent);
    }

    int failbacksBlocked() {
        return failbacksBlocked;
    }

    SortedSet<StreamId> blockingFailback() {
        return blockingFailback;
    }

    boolean awaitingFailback() {
        return !entries.isEmpty() && entries.getLast().failback().isEmpty();
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
