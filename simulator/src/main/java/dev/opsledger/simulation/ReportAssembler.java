package dev.opsledger.simulation;

import dev.opsledger.application.port.Alert;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.simulation.FailoverLog.Entry;
import dev.opsledger.simulation.SimulationReport.AlertRecord;
import dev.opsledger.simulation.SimulationReport.FailoverRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/** Turns what a run recorded into its report, auditing the final state of both regions on the way. */
final class ReportAssembler {

    /** Everything a finished run hands over. */
    record Outcome(WriteAudit audit, FailoverLog failovers, Duration maxReplicationLag, long deliveriesMissed,
            List<Alert> alerts, Optional<SortedSet<StreamId>> divergent, SimulatedPair pair, boolean settled,
            Instant end) {
    }

    private final Scenario scenario;
    private final Instant start;

    ReportAssembler(Scenario scenario, Instant start) {
        this.scenario = scenario;
        this.start = start;
    }

    SimulationReport assemble(Outcome run) {
        WriteAudit audit = run.audit();
        List<FailoverRecord> failovers = run.failovers().entries().stream()
                .map(entry -> failoverRecord(entry, run))
                .toList();
        Set<EventId> served = HeldEvents.inLog(run.pair().active());
        served.addAll(HeldEvents.inQuarantine(run.pair().primary()));
        served.addAll(HeldEvents.inQuarantine(run.pair().secondary()));
        long missingFromActive = audit.eventsMissingFrom(served);
        // Unsettled, an event may still wait in the other region for failback: stranded, not lost.
        long lost = run.settled() ? missingFromActive : audit.eventsMissingFrom(heldAnywhere(run.pair()));
        return new SimulationReport(
                scenario.name(),
                scenario.seed(),
                failovers.stream().map(FailoverRecord::rpoSeconds).max(Double::compare).orElse(null),
                failovers.stream().map(FailoverRecord::rtoSeconds).filter(Objects::nonNull).max(Double::compare)
                        .orElse(null),
                lost,
                missingFromActive - lost,
                audit.acceptedByFencedRegion(),
                run.divergent().map(Set::size).orElse(null),
                audit.issued(),
                audit.acknowledgedWrites(),
                audit.fencedRefusals(),
                audit.unavailableRefusals(),
                audit.rejectedWrites(),
                audit.issued() - audit.acknowledgedWrites() - audit.rejectedWrites(),
                audit.eventsAcknowledged(),
                sum(failovers, FailoverRecord::reapplied),
                sum(failovers, FailoverRecord::quarantined),
                sum(failovers, FailoverRecord::copiedBack),
                run.maxReplicationLag() == null ? null : seconds(run.maxReplicationLag()),
                run.deliveriesMissed(),
                failovers,
                run.alerts().size(),
                run.alerts().stream().map(this::alertRecord).toList(),
                run.settled(),
                secondsSinceStart(run.end()),
                RunNotes.of(run, failovers, missingFromActive - lost),
                SimulationReport.Knobs.of(scenario));
    }

    private FailoverRecord failoverRecord(Entry entry, Outcome run) {
        Optional<FailoverLog.Failback> failback = entry.failback();
        Double rto = run.audit().firstAckIn(run.pair().secondary().region(), entry.failoverAt())
                .filter(ack -> failback.map(done -> ack.at().isBefore(done.at())).orElse(true))
                .map(ack -> seconds(Duration.between(entry.outageStart(), ack.at())))
                .orElse(null);
        return new FailoverRecord(
                secondsSinceStart(entry.outageStart()),
                secondsSinceStart(entry.failoverAt()),
                entry.epoch(),
                seconds(entry.rpo()),
                rto,
                failback.map(done -> secondsSinceStart(done.at())).orElse(null),
                failback.map(done -> done.outcome().reapplied()).orElse(null),
                failback.map(done -> done.outcome().quarantined()).orElse(null),
                failback.map(done -> done.outcome().copiedBack()).orElse(null),
                failback.map(done -> done.outcome().divergentAfter().stream().sorted().map(StreamId::value).toList())
                        .orElse(null));
    }

    private static Set<EventId> heldAnywhere(SimulatedPair pair) {
        Set<EventId> held = HeldEvents.inLogOrQuarantine(pair.primary());
        held.addAll(HeldEvents.inLogOrQuarantine(pair.secondary()));
        return held;
    }

    private AlertRecord alertRecord(Alert alert) {
        return new AlertRecord(secondsSinceStart(alert.raisedAt()), alert.severity().name(), alert.region().name(),
                alert.subject());
    }

    private double secondsSinceStart(Instant at) {
        return seconds(Duration.between(start, at));
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static int sum(List<FailoverRecord> failovers, Function<FailoverRecord, Integer> count) {
        return failovers.stream().map(count).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }
}
