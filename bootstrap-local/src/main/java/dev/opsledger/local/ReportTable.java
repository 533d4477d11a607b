package dev.opsledger.local;

import dev.opsledger.simulation.SimulationReport;
import dev.opsledger.simulation.SimulationReport.AlertRecord;
import dev.opsledger.simulation.SimulationReport.FailoverRecord;
import dev.opsledger.simulation.SimulationReport.Knobs;
import java.time.Duration;

/** The report for a person at a terminal: outcome first, against the design's targets, then the details. */
final class ReportTable {

    static final Duration RPO_TARGET = Duration.ofMinutes(1);
    static final Duration RTO_TARGET = Duration.ofMinutes(5);

    private final StringBuilder text = new StringBuilder();

    private ReportTable() {
    }

    static String render(SimulationReport report) {
        ReportTable table = new ReportTable();
        table.outcome(report);
        table.writes(report);
        table.failovers(report);
        table.alerts(report);
        table.knobs(report.knobs());
        table.notes(report);
        return table.text.toString();
    }

    private void outcome(SimulationReport report) {
        line("OpsLedger simulation: scenario %s, seed %d", report.scenario(), report.seed());
        section("Outcome");
        row("RPO (writes lost to DR at failover)", against(report.rpoSeconds(), RPO_TARGET));
        row("RTO (outage start to first DR write)", against(report.rtoSeconds(), RTO_TARGET));
        row("events lost", invariant(report.eventsLost()));
        if (!report.settled()) {
            row("events stranded (not lost: unsettled)", String.valueOf(report.eventsStranded()));
        }
        row("writes accepted by a fenced region", invariant(report.writesAcceptedByFencedRegion()));
        row("divergent streams at the end",
                report.divergentStreams() == null ? "NOT checked (not a pass)" : invariant(report.divergentStreams()));
        row("run ended at", seconds(report.endedAtSeconds()) + (report.settled() ? ", settled"
                : ", NOT settled (see the notes)"));
    }

    private void writes(SimulationReport report) {
        section("Writes");
        row("attempted / acknowledged", report.writesAttempted() + " / " + report.writesAcknowledged());
        row("refusals: fenced / unavailable", report.writesFenced() + " / " + report.writesUnavailable());
        row("rejected by the domain / unfinished", report.writesRejected() + " / " + report.writesUnfinished());
        row("events acknowledged", String.valueOf(report.eventsAcknowledged()));
        row("failback: reapplied / quarantined", report.reapplied() + " / " + report.quarantined()
                + (report.quarantined() > 0 ? "  (acknowledged, kept for an operator, not applied)" : ""));
        row("failback: commits copied back", String.valueOf(report.copiedBack()));
        row("max replication lag", seconds(report.maxReplicationLagSeconds()));
        row("stream deliveries missed", String.valueOf(report.streamDeliveriesMissed()));
    }

    private void failovers(SimulationReport report) {
        section("Failovers");
        if (report.failovers().isEmpty()) {
            line("  none");
            return;
        }
        line("  %-10s %-10s %-6s %-10s %-10s %-10s %s", "outage", "failover", "epoch", "RPO", "RTO", "failback",
                "reapplied/quarantined");
        for (FailoverRecord failover : report.failovers()) {
            line("  %-10s %-10s %-6d %-10s %-10s %-10s %s", seconds(failover.outageStartSeconds()),
                    seconds(failover.failoverAtSeconds()), failover.epoch(), seconds(failover.rpoSeconds()),
                    seconds(failover.rtoSeconds()), seconds(failover.failbackAtSeconds()),
                    failover.reapplied() == null ? "-" : failover.reapplied() + "/" + failover.quarantined());
        }
    }

    private void alerts(SimulationReport report) {
        section("Alerts sent: " + report.alertsSent());
        for (AlertRecord alert : report.alerts()) {
            line("  %-10s %-9s %-10s %s", seconds(alert.atSeconds()), alert.severity(), alert.region(), alert.subject());
        }
    }

    private void knobs(Knobs knobs) {
        section("Scenario");
        row("writes per minute / duration", knobs.writesPerMinute() + " / " + seconds(knobs.durationSeconds()));
        row("outages", knobs.flapCount() == 0 ? "none" : knobs.flapCount() + " x "
                + seconds(knobs.outageLengthSeconds()) + " from " + seconds(knobs.outageStartSeconds())
                + (knobs.flapCount() > 1 ? ", " + seconds(knobs.flapGapSeconds()) + " apart" : ""));
        row("replication", knobs.replicationMode() + ", stream delay " + seconds(knobs.streamDelaySeconds())
                + ", scheduled every " + seconds(knobs.replicationIntervalSeconds()) + ", look-back "
                + seconds(knobs.feedLookBackSeconds()));
        row("health checks", "every " + seconds(knobs.healthCheckIntervalSeconds()) + ", failover after "
                + knobs.failureThreshold() + " failures, failback after " + seconds(knobs.failbackAfterSeconds())
                + " healthy");
        row("DNS TTL", seconds(knobs.dnsTtlSeconds()));
    }

    private void notes(SimulationReport report) {
        if (report.notes().isEmpty()) {
            return;
        }
        section("Notes");
        report.notes().forEach(note -> line("  - %s", note));
    }

    private static String against(Double measured, Duration target) {
        if (measured == null) {
            return "not measured (no failover)";
        }
        boolean met = measured < target.toMillis() / 1000.0;
        return seconds(measured) + (met ? "  (meets" : "  (MISSES") + " the target of < " + DurationText.format(target) + ")";
    }

    private static String invariant(long count) {
        return count == 0 ? "0" : count + "  (MUST be 0)";
    }

    private static String seconds(Double seconds) {
        return seconds == null ? "-" : DurationText.format(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private void section(String title) {
        text.append(System.lineSeparator()).append(title).append(System.lineSeparator());
    }

    private void row(String label, String value) {
        line("  %-38s %s", label, value);
    }

    private void line(String format, Object... args) {
        text.append(format.formatted(args)).append(System.lineSeparator());
    }
}
