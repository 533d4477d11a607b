package dev.opsledger.inmemory.contract;

import dev.opsledger.application.health.summary.ActiveRegionSummary;
import dev.opsledger.application.health.summary.ComponentSummary;
import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.application.health.summary.RouteSummary;
import dev.opsledger.application.health.summary.SwitchSummary;
import dev.opsledger.application.health.summary.SwitchSummary.Kind;
import dev.opsledger.application.health.summary.SwitchSummary.RescuedOrphans;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Health, replication and failover commits of one failover and its failback, and the summary they fold into. */
public final class HealthHistory {

    public static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final ComponentKey EAST_API = new ComponentKey(Region.US_EAST_1, Component.API);
    private static final ComponentKey EAST_TABLE = new ComponentKey(Region.US_EAST_1, Component.TABLE);
    private static final ReplicationRoute EAST_TO_WEST = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);
    private static final RegionPair PAIR = RegionPair.DEFAULT;
    private static final CheckResult API_PASSED = CheckResult.passed(Duration.ofMillis(120), T0);
    private static final CheckResult API_TIMED_OUT = CheckResult.failed(Duration.ofSeconds(5), "timeout", T0.plus(minutes(5)));
    private static final CheckResult TABLE_PASSED = CheckResult.passed(Duration.ofMillis(8), T0.plus(minutes(5)));
    private static final LogPosition CHECKPOINT = new LogPosition(T0.plus(minutes(6)), EAST_API.streamAt(T0), 2);

    public static final List<Commit> COMMITS = List.of(
            DoraLog.commit(EAST_API.streamAt(T0), 1, T0, new CheckRecorded(EAST_API, API_PASSED)),
            DoraLog.commit(EAST_API.streamAt(T0), 2, T0.plus(minutes(5)),
                    new CheckRecorded(EAST_API, API_TIMED_OUT),
                    new StatusChanged(EAST_API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "1 failure", T0.plus(minutes(5)))),
            DoraLog.commit(EAST_TABLE.streamAt(T0), 1, T0.plus(minutes(5)), new CheckRecorded(EAST_TABLE, TABLE_PASSED)),
            DoraLog.commit(EAST_TO_WEST.streamAt(T0), 1, T0.plus(minutes(7)),
                    new BatchApplied(EAST_TO_WEST, 12, T0.plus(minutes(7))),
                    new CheckpointAdvanced(EAST_TO_WEST, CHECKPOINT, T0.plus(minutes(7))),
                    new LagObserved(EAST_TO_WEST, Duration.ofSeconds(2), T0.plus(minutes(7)))),
            DoraLog.commit(EAST_TO_WEST.streamAt(T0), 4, T0.plus(minutes(8)),
                    new ReplicationFailed(EAST_TO_WEST, "source unavailable", 1, T0.plus(minutes(8)))),
            DoraLog.commit(PAIR.stream(), 1, T0.plus(minutes(10)),
                    new FailoverInitiated(Region.US_EAST_1, Region.US_WEST_2, 1, "api unhealthy", T0.plus(minutes(10)))),
            DoraLog.commit(PAIR.stream(), 2, T0.plus(minutes(12)), new FailoverCompleted(Region.US_WEST_2, 1, T0.plus(minutes(12)))),
            DoraLog.commit(PAIR.stream(), 3, T0.plus(minutes(30)),
                    new FailbackInitiated(Region.US_WEST_2, Region.US_EAST_1, 2, T0.plus(minutes(30))),
                    new FailbackCompleted(Region.US_EAST_1, 2, 3, 1, T0.plus(minutes(31)))));

    public static final HealthSummary SUMMARY = new HealthSummary(
            List.of(
                    new ComponentSummary(Region.US_EAST_1, Component.API, HealthStatus.DEGRADED,
                            Optional.of(T0.plus(minutes(5))), Optional.of(API_TIMED_OUT)),
                    new ComponentSummary(Region.US_EAST_1, Component.TABLE, HealthStatus.HEALTHY,
                            Optional.empty(), Optional.of(TABLE_PASSED))),
            Optional.of(new ActiveRegionSummary(Region.US_EAST_1, 2, false, T0.plus(minutes(31)))),
            List.of(new RouteSummary(EAST_TO_WEST, Optional.of(Duration.ofSeconds(2)), Optional.of(T0.plus(minutes(7))),
                    Optional.of(CHECKPOINT), 1)),
            List.of(new SwitchSummary(Kind.FAILBACK, Region.US_WEST_2, Region.US_EAST_1, 2, T0.plus(minutes(30)),
                            Optional.of(T0.plus(minutes(31))), Optional.of(new RescuedOrphans(3, 1))),
                    new SwitchSummary(Kind.FAILOVER, Region.US_EAST_1, Region.US_WEST_2, 1, T0.plus(minutes(10)),
                            Optional.of(T0.plus(minutes(12))), Optional.empty())));

    private HealthHistory() {
    }

    public static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
