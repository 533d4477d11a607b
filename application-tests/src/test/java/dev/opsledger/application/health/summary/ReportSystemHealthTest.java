package dev.opsledger.application.health.summary;

import static dev.opsledger.application.health.summary.HealthLog.commitsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.health.summary.SystemHealth.ActiveRegionReport;
import dev.opsledger.application.health.summary.SystemHealth.ComponentReport;
import dev.opsledger.application.health.summary.SystemHealth.RouteReport;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryHealthSummaryReadModel;
import dev.opsledger.inmemory.fault.Faults;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportSystemHealthTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;
    private static final ReplicationRoute EAST_TO_WEST = new ReplicationRoute(EAST, WEST);

    private final Faults faults = new Faults();
    private InMemoryHealthSummaryReadModel summaries = new InMemoryHealthSummaryReadModel(faults);

    @Test
    void healthy_when_every_component_passed_a_recent_check_and_replication_keeps_up() {
        given(checksPassed(EAST, Duration.ofSeconds(30)), List.of(new LagObserved(EAST_TO_WEST, Duration.ofSeconds(2), NOW)));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(report.reasons()).isEmpty();
        assertThat(report.at()).isEqualTo(NOW);
        assertThat(report.activeRegion()).isEqualTo(new ActiveRegionReport(EAST, 0, false, Optional.empty()));
        assertThat(report.components()).hasSize(3).allSatisfy(component -> {
            assertThat(component.lastCheckAge()).contains(Duration.ofSeconds(30));
            assertThat(component.stale()).isFalse();
        });
        assertThat(report.routes()).containsExactly(new RouteReport(EAST_TO_WEST, Optional.of(Duration.ofSeconds(2)),
                Optional.of(NOW), Optional.of(Duration.ZERO), Optional.empty(), 0));
    }

    @Test
    void degraded_before_any_component_was_checked() {
        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.reasons()).containsExactly("no component has been checked yet");
    }

    @Test
    void degraded_when_a_check_is_older_than_the_threshold_and_not_at_it() {
        given(checksPassed(EAST, Duration.ofMinutes(3)));
        assertThat(report().status()).isEqualTo(HealthStatus.HEALTHY);

        given(checksPassed(EAST, Duration.ofMinutes(3).plusSeconds(1)));
        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.components()).allSatisfy(component -> assertThat(component.stale()).isTrue());
        assertThat(report.reasons()).contains("API in us-east-1 was last checked PT3M1S ago, longer than PT3M");
    }

    @Test
    void degraded_when_a_component_only_changed_status_and_was_never_checked() {
        ComponentKey api = new ComponentKey(WEST, Component.API);
        given(checksPassed(EAST, Duration.ZERO),
                List.of(new StatusChanged(api, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "slow", NOW)));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.reasons()).containsExactly("API in us-west-2 is degraded", "API in us-west-2 has never been checked");
        assertThat(report.components()).filteredOn(component -> component.region().equals(WEST)).singleElement()
                .satisfies(component -> {
                    assertThat(component.lastCheckAge()).isEmpty();
                    assertThat(component.stale()).isTrue();
                });
    }

    @Test
    void degraded_when_a_component_of_the_active_region_is_degraded() {
        given(checksPassed(EAST, Duration.ZERO), statusOf(EAST, Component.TABLE, HealthStatus.DEGRADED));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.reasons()).containsExactly("TABLE in us-east-1 is degraded");
    }

    @Test
    void unhealthy_when_a_component_of_the_active_region_is_unhealthy() {
        given(checksPassed(EAST, Duration.ZERO), statusOf(EAST, Component.API, HealthStatus.UNHEALTHY));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(report.reasons()).containsExactly("API in us-east-1, the active region, is unhealthy");
    }

    @Test
    void only_degraded_when_the_unhealthy_component_is_in_the_passive_region() {
        given(checksPassed(EAST, Duration.ZERO), checksPassed(WEST, Duration.ZERO),
                statusOf(WEST, Component.FUNCTIONS, HealthStatus.UNHEALTHY));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.reasons()).containsExactly("FUNCTIONS in us-west-2 is unhealthy");
    }

    @Test
    void after_a_failover_the_secondary_is_the_region_whose_components_decide() {
        List<DomainEvent> failedOver = List.of(
                new FailoverInitiated(EAST, WEST, 1, "api unhealthy", NOW.minusSeconds(120)),
                new FailoverCompleted(WEST, 1, NOW.minusSeconds(60)));
        given(checksPassed(EAST, Duration.ZERO), checksPassed(WEST, Duration.ZERO), failedOver,
                statusOf(EAST, Component.API, HealthStatus.UNHEALTHY));

        SystemHealth report = report();

        assertThat(report.activeRegion()).isEqualTo(new ActiveRegionReport(WEST, 1, false, Optional.of(NOW.minusSeconds(60))));
        assertThat(report.switches()).containsExactly(new SwitchSummary(SwitchSummary.Kind.FAILOVER, EAST, WEST, 1,
                NOW.minusSeconds(120), Optional.of(NOW.minusSeconds(60)), Optional.empty()));
        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);

        given(checksPassed(EAST, Duration.ZERO), checksPassed(WEST, Duration.ZERO), failedOver,
                statusOf(WEST, Component.API, HealthStatus.UNHEALTHY));

        assertThat(report().status()).isEqualTo(HealthStatus.UNHEALTHY);
    }

    @Test
    void unhealthy_while_a_switch_is_under_way_because_no_region_accepts_writes() {
        given(checksPassed(EAST, Duration.ZERO), checksPassed(WEST, Duration.ZERO),
                List.of(new FailoverInitiated(EAST, WEST, 1, "api unhealthy", NOW.minusSeconds(10))));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(report.activeRegion()).isEqualTo(new ActiveRegionReport(WEST, 1, true, Optional.of(NOW.minusSeconds(10))));
        assertThat(report.reasons()).containsExactly("a switch to us-west-2 (epoch 1) is under way: no region accepts writes");
    }

    @Test
    void degraded_when_replication_failed_since_its_last_success_or_lags_beyond_the_limit() {
        given(checksPassed(EAST, Duration.ZERO), List.of(
                new LagObserved(EAST_TO_WEST, Duration.ofSeconds(61), NOW.minusSeconds(20)),
                new ReplicationFailed(EAST_TO_WEST, "throttled", 2, NOW.minusSeconds(5))));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.reasons()).containsExactly(
                "replication us-east-1 > us-west-2 has failed 2 times since its last success",
                "replication us-east-1 > us-west-2 lags PT1M1S, more than PT1M");
        assertThat(report.routes().getFirst().lagAge()).contains(Duration.ofSeconds(20));
    }

    @Test
    void lag_at_the_limit_is_still_healthy() {
        given(checksPassed(EAST, Duration.ZERO), List.of(new LagObserved(EAST_TO_WEST, Duration.ofMinutes(1), NOW)));

        assertThat(report().status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void a_check_stamped_after_now_by_a_skewed_clock_has_age_zero() {
        given(checksPassed(EAST, Duration.ofSeconds(-5)));

        assertThat(report().components()).extracting(ComponentReport::lastCheckAge)
                .containsOnly(Optional.of(Duration.ZERO));
    }

    @Test
    void every_rule_that_holds_gives_its_reason_and_the_worst_status_wins() {
        given(checksPassed(EAST, Duration.ZERO), checksPassed(WEST, Duration.ofMinutes(10)),
                statusOf(EAST, Component.TABLE, HealthStatus.UNHEALTHY));

        SystemHealth report = report();

        assertThat(report.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(report.reasons()).contains("TABLE in us-east-1, the active region, is unhealthy",
                "TABLE in us-west-2 was last checked PT10M ago, longer than PT3M");
    }

    @Test
    void an_unreadable_summary_is_reported_as_the_service_being_unavailable() {
        faults.goDark();

        assertThatThrownBy(this::report).isInstanceOf(ServiceUnavailable.class);
    }

    @SafeVarargs
    private void given(List<? extends DomainEvent>... histories) {
        List<DomainEvent> events = new ArrayList<>();
        Stream.of(histories).forEach(events::addAll);
        summaries = new InMemoryHealthSummaryReadModel(faults);
        commitsOf(events.toArray(DomainEvent[]::new)).forEach(summaries::apply);
    }

    private SystemHealth report() {
        return new ReportSystemHealth(summaries, InstantSource.fixed(NOW), RegionPair.DEFAULT, HealthThresholds.DEFAULT)
                .report();
    }

    private static List<DomainEvent> checksPassed(Region region, Duration ago) {
        return Stream.of(Component.values())
                .<DomainEvent>map(component -> new CheckRecorded(new ComponentKey(region, component),
                        CheckResult.passed(Duration.ofMillis(50), NOW.minus(ago))))
                .toList();
    }

    private static List<DomainEvent> statusOf(Region region, Component component, HealthStatus status) {
        return List.of(new StatusChanged(new ComponentKey(region, component), HealthStatus.HEALTHY, status, "probe", NOW));
    }
}
