package dev.opsledger.aws.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.dora.DoraLog;
import dev.opsledger.application.port.Commit;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
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
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DynamoDbHealthSummaryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final ComponentKey EAST_API = new ComponentKey(Region.US_EAST_1, Component.API);
    private static final ComponentKey EAST_TABLE = new ComponentKey(Region.US_EAST_1, Component.TABLE);
    private static final ReplicationRoute EAST_TO_WEST = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);
    private static final RegionPair PAIR = RegionPair.DEFAULT;
    private static final CheckResult API_PASSED = CheckResult.passed(Duration.ofMillis(120), T0);
    private static final CheckResult API_TIMED_OUT = CheckResult.failed(Duration.ofSeconds(5), "timeout", T0.plus(minutes(5)));
    private static final CheckResult TABLE_PASSED = CheckResult.passed(Duration.ofMillis(8), T0.plus(minutes(5)));
    private static final LogPosition CHECKPOINT = new LogPosition(T0.plus(minutes(6)), EAST_API.stream(), 2);

    private static final List<Commit> HISTORY = List.of(
            DoraLog.commit(EAST_API.stream(), 1, T0, new CheckRecorded(EAST_API, API_PASSED)),
            DoraLog.commit(EAST_API.stream(), 2, T0.plus(minutes(5)),
                    new CheckRecorded(EAST_API, API_TIMED_OUT),
                    new StatusChanged(EAST_API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "1 failure", T0.plus(minutes(5)))),
            DoraLog.commit(EAST_TABLE.stream(), 1, T0.plus(minutes(5)), new CheckRecorded(EAST_TABLE, TABLE_PASSED)),
            DoraLog.commit(EAST_TO_WEST.stream(), 1, T0.plus(minutes(7)),
                    new BatchApplied(EAST_TO_WEST, 12, T0.plus(minutes(7))),
                    new CheckpointAdvanced(EAST_TO_WEST, CHECKPOINT, T0.plus(minutes(7))),
                    new LagObserved(EAST_TO_WEST, Duration.ofSeconds(2), T0.plus(minutes(7)))),
            DoraLog.commit(EAST_TO_WEST.stream(), 4, T0.plus(minutes(8)),
                    new ReplicationFailed(EAST_TO_WEST, "source unavailable", 1, T0.plus(minutes(8)))),
            DoraLog.commit(PAIR.stream(), 1, T0.plus(minutes(10)),
                    new FailoverInitiated(Region.US_EAST_1, Region.US_WEST_2, 1, "api unhealthy", T0.plus(minutes(10)))),
            DoraLog.commit(PAIR.stream(), 2, T0.plus(minutes(12)), new FailoverCompleted(Region.US_WEST_2, 1, T0.plus(minutes(12)))));

    private static final HealthSummary AFTER_HISTORY = new HealthSummary(
            List.of(
                    new ComponentSummary(Region.US_EAST_1, Component.API, HealthStatus.DEGRADED,
                            Optional.of(T0.plus(minutes(5))), Optional.of(API_TIMED_OUT)),
                    new ComponentSummary(Region.US_EAST_1, Component.TABLE, HealthStatus.HEALTHY,
                            Optional.empty(), Optional.of(TABLE_PASSED))),
            Optional.of(new ActiveRegionSummary(Region.US_WEST_2, 1, false, T0.plus(minutes(12)))),
            List.of(new RouteSummary(EAST_TO_WEST, Optional.of(Duration.ofSeconds(2)), Optional.of(T0.plus(minutes(7))),
                    Optional.of(CHECKPOINT), 1)));

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final DynamoDbHealthSummary summary = new DynamoDbHealthSummary(dynalite.client(), table);

    @Test
    void summarises_each_components_latest_check_and_status_the_active_region_and_each_routes_lag() {
        HISTORY.forEach(summary::apply);

        assertThat(summary.read()).isEqualTo(AFTER_HISTORY);
    }

    @Test
    void a_switch_under_way_shows_the_region_taking_over_at_the_raised_epoch() {
        summary.apply(HISTORY.get(5));

        assertThat(summary.read().activeRegion())
                .contains(new ActiveRegionSummary(Region.US_WEST_2, 1, true, T0.plus(minutes(10))));
    }

    @Test
    void commits_at_or_below_the_version_folded_in_write_nothing() {
        HISTORY.forEach(summary::apply);
        var items = ReadModelItems.of(table);

        HISTORY.forEach(summary::apply);
        summary.apply(HISTORY.getFirst());
        summary.apply(HISTORY.get(5));

        assertThat(ReadModelItems.of(table)).isEqualTo(items);
        assertThat(summary.read()).isEqualTo(AFTER_HISTORY);
    }

    @Test
    void four_projectors_interleaving_the_streams_differently_lose_no_update() throws Exception {
        Concurrently.run(LongStream.rangeClosed(1, 4)
                .<Runnable>mapToObj(seed -> () -> DoraLog.interleaved(HISTORY, seed).forEach(new DynamoDbHealthSummary(dynalite.client(), table)::apply))
                .toList());

        assertThat(summary.read()).isEqualTo(AFTER_HISTORY);
    }

    @Test
    void commits_of_deployments_and_incidents_are_not_its_business() {
        IncidentId incident = new IncidentId("i1");
        summary.apply(DoraLog.commit(incident.stream(), 1, T0,
                new IncidentOpened(incident, "checkout", "production", Severity.HIGH, T0, Optional.empty())));

        assertThat(ReadModelItems.of(table)).isEmpty();
        assertThat(summary.read()).isEqualTo(new HealthSummary(List.of(), Optional.empty(), List.of()));
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
