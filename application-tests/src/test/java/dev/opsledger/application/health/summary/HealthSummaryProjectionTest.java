package dev.opsledger.application.health.summary;

import static dev.opsledger.application.health.summary.HealthLog.commitsOf;
import static dev.opsledger.application.health.summary.HealthLog.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.application.health.summary.SummarisedStream.ComponentStream;
import dev.opsledger.application.health.summary.SwitchSummary.Kind;
import dev.opsledger.application.health.summary.SwitchSummary.RescuedOrphans;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.failover.FailoverEvent;
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
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthSummaryProjectionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;
    private static final ComponentKey EAST_API = new ComponentKey(EAST, Component.API);
    private static final ComponentKey WEST_TABLE = new ComponentKey(WEST, Component.TABLE);
    private static final ReplicationRoute EAST_TO_WEST = new ReplicationRoute(EAST, WEST);
    private static final CheckResult PASSED = CheckResult.passed(Duration.ofMillis(90), T0);
    private static final CheckResult TIMED_OUT = CheckResult.failed(Duration.ofSeconds(5), "timeout", T0.plusSeconds(60));
    private static final LogPosition CHECKPOINT = new LogPosition(T0.plusSeconds(30), new StreamId("deployment:d1"), 3);

    /** A failover and its failback, with checks, transitions and replication on both sides. */
    static final List<Commit> FAILOVER_AND_BACK = commitsOf(
            new CheckRecorded(EAST_API, PASSED),
            new CheckRecorded(WEST_TABLE, PASSED),
            new LagObserved(EAST_TO_WEST, Duration.ofSeconds(1), T0),
            new CheckRecorded(EAST_API, TIMED_OUT),
            new StatusChanged(EAST_API, HealthStatus.HEALTHY, HealthStatus.UNHEALTHY, "3 failures", T0.plusSeconds(60)),
            new ReplicationFailed(EAST_TO_WEST, "source unavailable", 1, T0.plusSeconds(70)),
            new FailoverInitiated(EAST, WEST, 1, "api unhealthy", T0.plusSeconds(80)),
            new ReplicationFailed(EAST_TO_WEST, "source unavailable", 2, T0.plusSeconds(90)),
            new FailoverCompleted(WEST, 1, T0.plusSeconds(100)),
            new StatusChanged(EAST_API, HealthStatus.UNHEALTHY, HealthStatus.HEALTHY, "passed", T0.plusSeconds(600)),
            new CheckpointAdvanced(EAST_TO_WEST, CHECKPOINT, T0.plusSeconds(610)),
            new FailbackInitiated(WEST, EAST, 2, T0.plusSeconds(700)),
            new FailbackCompleted(EAST, 2, 0, 0, T0.plusSeconds(720)));

    @Test
    void a_component_is_healthy_until_a_transition_says_otherwise_and_shows_its_latest_check() {
        HealthSummary summary = fold(commitsOf(new CheckRecorded(EAST_API, PASSED), new CheckRecorded(EAST_API, TIMED_OUT)))
                .summary();

        assertThat(summary.components()).containsExactly(
                new ComponentSummary(EAST, Component.API, HealthStatus.HEALTHY, Optional.empty(), Optional.of(TIMED_OUT)));
    }

    @Test
    void each_transition_sets_the_status_and_since_when_and_a_recovery_returns_to_healthy() {
        List<Commit> degradedThenUnhealthy = commitsOf(
                new StatusChanged(EAST_API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "slow", T0),
                new StatusChanged(EAST_API, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "3 failures", T0.plusSeconds(60)));
        List<Commit> recovered = commitsOf(
                new StatusChanged(EAST_API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "slow", T0),
                new StatusChanged(EAST_API, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "3 failures", T0.plusSeconds(60)),
                new StatusChanged(EAST_API, HealthStatus.UNHEALTHY, HealthStatus.HEALTHY, "passed", T0.plusSeconds(120)));

        assertThat(fold(degradedThenUnhealthy).summary().components()).containsExactly(new ComponentSummary(
                EAST, Component.API, HealthStatus.UNHEALTHY, Optional.of(T0.plusSeconds(60)), Optional.empty()));
        assertThat(fold(recovered).summary().components()).containsExactly(new ComponentSummary(
                EAST, Component.API, HealthStatus.HEALTHY, Optional.of(T0.plusSeconds(120)), Optional.empty()));
    }

    @Test
    void failures_count_until_any_part_of_a_successful_batch_and_lag_and_checkpoint_are_the_latest_seen() {
        RouteSummary failing = fold(commitsOf(
                new LagObserved(EAST_TO_WEST, Duration.ofSeconds(4), T0),
                new CheckpointAdvanced(EAST_TO_WEST, CHECKPOINT, T0),
                new ReplicationFailed(EAST_TO_WEST, "throttled", 1, T0.plusSeconds(10)),
                new ReplicationFailed(EAST_TO_WEST, "throttled", 2, T0.plusSeconds(20)))).summary().routes().getFirst();

        assertThat(failing).isEqualTo(new RouteSummary(EAST_TO_WEST, Optional.of(Duration.ofSeconds(4)), Optional.of(T0),
                Optional.of(CHECKPOINT), 2));
        assertThat(List.of(
                new BatchApplied(EAST_TO_WEST, 3, T0.plusSeconds(30)),
                new CheckpointAdvanced(EAST_TO_WEST, CHECKPOINT, T0.plusSeconds(30)),
                new LagObserved(EAST_TO_WEST, Duration.ofSeconds(9), T0.plusSeconds(30))))
                .allSatisfy(success -> assertThat(fold(commitsOf(
                        new ReplicationFailed(EAST_TO_WEST, "throttled", 1, T0.plusSeconds(10)), success))
                        .summary().routes().getFirst().consecutiveFailures()).as(success.toString()).isZero());
    }

    @Test
    void a_divergence_leaves_the_route_as_it_was() {
        HealthSummary before = fold(commitsOf(new LagObserved(EAST_TO_WEST, Duration.ofSeconds(4), T0))).summary();

        HealthSummary after = fold(commitsOf(new LagObserved(EAST_TO_WEST, Duration.ofSeconds(4), T0),
                new DivergenceDetected(EAST_TO_WEST, new StreamId("deployment:d1"), "a", "b", T0.plusSeconds(5)))).summary();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_failover_shows_the_region_taking_over_then_the_region_active_and_a_failback_the_same_at_a_raised_epoch() {
        assertThat(List.of(7, 9, 12, 13)).map(commits -> fold(FAILOVER_AND_BACK.subList(0, commits)).summary().activeRegion())
                .containsExactly(
                        Optional.of(new ActiveRegionSummary(WEST, 1, true, T0.plusSeconds(80))),
                        Optional.of(new ActiveRegionSummary(WEST, 1, false, T0.plusSeconds(100))),
                        Optional.of(new ActiveRegionSummary(EAST, 2, true, T0.plusSeconds(700))),
                        Optional.of(new ActiveRegionSummary(EAST, 2, false, T0.plusSeconds(720))));
    }

    @Test
    void summarises_a_whole_failover_and_failback() {
        assertThat(fold(FAILOVER_AND_BACK).summary()).isEqualTo(new HealthSummary(
                List.of(
                        new ComponentSummary(EAST, Component.API, HealthStatus.HEALTHY, Optional.of(T0.plusSeconds(600)),
                                Optional.of(TIMED_OUT)),
                        new ComponentSummary(WEST, Component.TABLE, HealthStatus.HEALTHY, Optional.empty(), Optional.of(PASSED))),
                Optional.of(new ActiveRegionSummary(EAST, 2, false, T0.plusSeconds(720))),
                List.of(new RouteSummary(EAST_TO_WEST, Optional.of(Duration.ofSeconds(1)), Optional.of(T0),
                        Optional.of(CHECKPOINT), 0)),
                List.of(new SwitchSummary(Kind.FAILBACK, WEST, EAST, 2, T0.plusSeconds(700), Optional.of(T0.plusSeconds(720)),
                                Optional.of(new RescuedOrphans(0, 0))),
                        new SwitchSummary(Kind.FAILOVER, EAST, WEST, 1, T0.plusSeconds(80), Optional.of(T0.plusSeconds(100)),
                                Optional.empty()))));
    }

    @Test
    void a_switch_under_way_has_no_completion_nor_duration_and_its_completion_closes_it() {
        List<SwitchSummary> underWay = fold(FAILOVER_AND_BACK.subList(0, 7)).summary().switches();
        List<SwitchSummary> completed = fold(FAILOVER_AND_BACK.subList(0, 9)).summary().switches();

        assertThat(underWay).singleElement().satisfies(failover -> {
            assertThat(failover.completedAt()).isEmpty();
            assertThat(failover.duration()).isEmpty();
        });
        assertThat(completed).singleElement().extracting(SwitchSummary::duration).isEqualTo(Optional.of(Duration.ofSeconds(20)));
    }

    @Test
    void a_failback_tells_how_many_orphans_it_reapplied_and_quarantined() {
        List<Commit> withOrphans = commitsOf(
                new FailoverInitiated(EAST, WEST, 1, "api unhealthy", T0),
                new FailoverCompleted(WEST, 1, T0.plusSeconds(10)),
                new FailbackInitiated(WEST, EAST, 2, T0.plusSeconds(300)),
                new FailbackCompleted(EAST, 2, 7, 2, T0.plusSeconds(330)));

        assertThat(fold(withOrphans).summary().switches().getFirst().orphans()).contains(new RescuedOrphans(7, 2));
    }

    @Test
    void keeps_the_latest_five_switches_newest_first() {
        List<FailoverEvent> sixRoundTrips = new ArrayList<>();
        for (int trip = 0; trip < 6; trip++) {
            Instant start = T0.plus(Duration.ofHours(trip));
            sixRoundTrips.add(new FailoverInitiated(EAST, WEST, 2L * trip + 1, "api unhealthy", start));
            sixRoundTrips.add(new FailoverCompleted(WEST, 2L * trip + 1, start.plusSeconds(10)));
            sixRoundTrips.add(new FailbackInitiated(WEST, EAST, 2L * trip + 2, start.plusSeconds(600)));
            sixRoundTrips.add(new FailbackCompleted(EAST, 2L * trip + 2, 0, 0, start.plusSeconds(620)));
        }

        List<SwitchSummary> switches = fold(commitsOf(sixRoundTrips.toArray(FailoverEvent[]::new))).summary().switches();

        assertThat(switches).extracting(SwitchSummary::epoch).containsExactly(12L, 11L, 10L, 9L, 8L);
        assertThat(switches).allSatisfy(row -> assertThat(row.completedAt()).isPresent());
    }

    @Test
    void a_completion_whose_start_it_never_saw_changes_the_active_region_but_adds_no_switch() {
        HealthSummary summary = fold(commitsOf(new FailoverCompleted(WEST, 1, T0))).summary();

        assertThat(summary.activeRegion()).contains(new ActiveRegionSummary(WEST, 1, false, T0));
        assertThat(summary.switches()).isEmpty();
    }

    @Test
    void a_commit_folded_in_already_or_older_than_its_streams_latest_returns_the_same_projection() {
        HealthSummaryProjection folded = fold(FAILOVER_AND_BACK);

        assertThat(FAILOVER_AND_BACK).allSatisfy(commit -> assertThat(folded.evolve(commit)).isSameAs(folded));
    }

    @Test
    void remembers_per_component_the_last_stream_and_version_folded_in() {
        assertThat(fold(FAILOVER_AND_BACK).series().get(EAST_API.series()))
                .isEqualTo(new ComponentStream(EAST_API.streamAt(T0), 4, new ComponentSummary(EAST, Component.API, HealthStatus.HEALTHY,
                        Optional.of(T0.plusSeconds(600)), Optional.of(TIMED_OUT))));
    }

    @Test
    void of_two_failover_streams_the_higher_epoch_is_active_whichever_came_first() {
        RegionPair other = new RegionPair(new Region("eu-west-1"), new Region("eu-central-1"));
        Commit otherSwitch = DoraLog.commit(other.stream(), 1, T0,
                new FailoverCompleted(other.secondary(), 3, T0.plusSeconds(5)));
        Commit ownSwitch = DoraLog.commit(RegionPair.DEFAULT.stream(), 1, T0, new FailoverCompleted(WEST, 1, T0.plusSeconds(9)));

        assertThat(List.of(fold(List.of(otherSwitch, ownSwitch)), fold(List.of(ownSwitch, otherSwitch))))
                .map(projection -> projection.summary().activeRegion())
                .containsOnly(Optional.of(new ActiveRegionSummary(other.secondary(), 3, false, T0.plusSeconds(5))));
    }

    @Test
    void commits_of_other_streams_are_not_its_business() {
        IncidentId incident = new IncidentId("i1");
        Commit opened = DoraLog.commit(incident.stream(), 1, T0,
                new IncidentOpened(incident, "checkout", "production", Severity.HIGH, T0, Optional.empty()));

        assertThat(HealthSummaryProjection.EMPTY.evolve(opened)).isSameAs(HealthSummaryProjection.EMPTY);
    }

    @Test
    void keeps_no_stream_it_does_not_summarise() {
        assertThatThrownBy(() -> new HealthSummaryProjection(Map.of(new StreamId("deployment:d1"),
                new ComponentStream(new StreamId("deployment:d1"), 1, new ComponentSummary(EAST, Component.API, HealthStatus.HEALTHY, Optional.empty(),
                        Optional.empty())))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deployment:d1");
    }
}
