package dev.opsledger.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one run measured. Times are seconds from the start of the run; fields are in the order a reader
 * wants them, and serialisers keep that order, so the same seed gives the same bytes.
 *
 * <p>{@code rpoSeconds}: how far back from the moment the primary went dark the oldest acknowledged write
 * reaches that the secondary lacked when it was promoted (0 when it lacked none); {@code rtoSeconds}: from
 * the moment the primary went dark to the first write acknowledged by the promoted region. Both are the
 * worst over the run's failovers and {@code null} when no failover happened. {@code eventsLost} counts
 * acknowledged events found neither in the final active region's log nor in quarantine (in neither region
 * at all when the run did not settle); {@code eventsStranded} counts those of them still held only by the
 * other region because the run ended unsettled: not lost, not served either.
 * {@code writesAcceptedByFencedRegion} counts acknowledgements given by a region that was not active at
 * that instant. Both must be 0. {@code divergentStreams} counts the replicated streams that differ between
 * the regions once the run has settled ({@code null} when it did not settle: not checked, so not a pass).
 * {@code settled} says whether the run met the settle rule (see {@link Simulator}); a run that did not
 * settle has not shown that its invariants hold.
 *
 * <p>{@code quarantined}: acknowledged writes that failback could not apply on top of what the secondary
 * recorded meanwhile. They are not lost: each is kept whole, with its event ids, in a quarantine record for
 * an operator to judge; but they are not applied, so the metrics do not count them until someone does.
 *
 * <p>Writes are counted once each ({@code writesAttempted}, {@code writesAcknowledged}, {@code writesRejected}
 * by the domain, {@code writesUnfinished} when the clients stopped); refusals are counted per attempt:
 * {@code writesFenced} by the write fence, {@code writesUnavailable} by an unreachable region or a lost race.
 * {@code reapplied}, {@code quarantined} and {@code copiedBack} add up the failbacks' reconciliation;
 * {@code streamDeliveriesMissed} counts change-stream records dropped because the primary was dark or no
 * longer active.
 */
public record SimulationReport(
        String scenario,
        long seed,
        Double rpoSeconds,
        Double rtoSeconds,
        long eventsLost,
        long eventsStranded,
        long writesAcceptedByFencedRegion,
        Integer divergentStreams,
        long writesAttempted,
        long writesAcknowledged,
        long writesFenced,
        long writesUnavailable,
        long writesRejected,
        long writesUnfinished,
        long eventsAcknowledged,
        int reapplied,
        int quarantined,
        int copiedBack,
        Double maxReplicationLagSeconds,
        long streamDeliveriesMissed,
        List<FailoverRecord> failovers,
        int alertsSent,
        List<AlertRecord> alerts,
        boolean settled,
        double endedAtSeconds,
        List<String> notes,
        Knobs knobs) {

    public SimulationReport {
        Objects.requireNonNull(scenario, "scenario");
        failovers = List.copyOf(failovers);
        alerts = List.copyOf(alerts);
        notes = List.copyOf(notes);
        Objects.requireNonNull(knobs, "knobs");
    }

    /** One failover and, if it came, the failback that ended it. Failback fields are null until then. */
    public record FailoverRecord(
            double outageStartSeconds,
            double failoverAtSeconds,
            long epoch,
            double rpoSeconds,
            Double rtoSeconds,
            Double failbackAtSeconds,
            Integer reapplied,
            Integer quarantined,
            Integer copiedBack,
            List<String> divergentAfterFailback) {

        public FailoverRecord {
            divergentAfterFailback = divergentAfterFailback == null ? null : List.copyOf(divergentAfterFailback);
        }
    }

    public record AlertRecord(double atSeconds, String severity, String region, String subject) {
    }

    /** The scenario the run followed, every duration in seconds. */
    public record Knobs(
            double durationSeconds,
            int writesPerMinute,
            double outageStartSeconds,
            double outageLengthSeconds,
            int flapCount,
            double flapGapSeconds,
            String replicationMode,
            double streamDelaySeconds,
            double replicationIntervalSeconds,
            double healthCheckIntervalSeconds,
            int failureThreshold,
            double dnsTtlSeconds,
            double feedLookBackSeconds,
            double failbackAfterSeconds) {

        public static Knobs of(Scenario scenario) {
            return new Knobs(
                    seconds(scenario.duration()),
                    scenario.writesPerMinute(),
                    seconds(scenario.outageStart()),
                    seconds(scenario.outageLength()),
                    scenario.flapCount(),
                    seconds(scenario.flapGap()),
                    scenario.replicationMode().name(),
                    seconds(scenario.streamDelay()),
                    seconds(scenario.replicationInterval()),
                    seconds(scenario.healthCheckInterval()),
                    scenario.failureThreshold(),
                    seconds(scenario.dnsTtl()),
                    seconds(scenario.feedLookBack()),
                    seconds(scenario.failbackAfter()));
        }

        private static double seconds(Duration duration) {
            return duration.toMillis() / 1000.0;
        }
    }

    public boolean failedOver() {
        return !failovers.isEmpty();
    }
}
