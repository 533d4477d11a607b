package dev.opsledger.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.health.ComponentHealth.Checked;
import dev.opsledger.domain.health.HealthCommand.RecordCheck;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.shared.DeciderSpec;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ComponentHealthDeciderTest {

    private static final HealthPolicy POLICY = new HealthPolicy(3, Duration.ofSeconds(2));
    private static final ComponentKey API = new ComponentKey(Region.US_EAST_1, Component.API);
    private static final ComponentKey TABLE = new ComponentKey(Region.US_EAST_1, Component.TABLE);
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration FAST = Duration.ofMillis(120);

    private final DeciderSpec.Given<HealthCommand, ComponentHealth, HealthEvent> spec =
            DeciderSpec.using(ComponentHealthDecider.decider(POLICY));

    @Test
    void records_a_fast_passing_first_check_without_a_status_change() {
        CheckResult check = CheckResult.passed(FAST, at(0));

        ComponentHealth state = spec.given().when(new RecordCheck(API, check)).then(new CheckRecorded(API, check));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.HEALTHY, 0, at(0)));
    }

    @Test
    void an_hours_stream_that_starts_with_the_carried_state_goes_on_as_the_hour_before_ended() {
        Checked degradedTwice = new Checked(API, HealthStatus.DEGRADED, 2, at(0));
        CheckResult third = CheckResult.failed(FAST, "HTTP 503", at(1));

        ComponentHealth state = spec.given(ComponentHealthDecider.carriedForward(degradedTwice).toArray(HealthEvent[]::new))
                .when(new RecordCheck(API, third))
                .then(new CheckRecorded(API, third),
                        new StatusChanged(API, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "HTTP 503", at(1)));

        assertThat(ComponentHealthDecider.carriedForward(degradedTwice))
                .containsExactly(new HealthEvent.HealthCarriedForward(API, HealthStatus.DEGRADED, 2, at(0)));
        assertThat(state).isEqualTo(new Checked(API, HealthStatus.UNHEALTHY, 3, at(1)));
    }

    @Test
    void a_component_never_checked_carries_nothing_and_a_carried_state_only_opens_a_stream() {
        HealthEvent carried = new HealthEvent.HealthCarriedForward(API, HealthStatus.HEALTHY, 0, at(0));

        assertThat(ComponentHealthDecider.carriedForward(ComponentHealthDecider.initialState())).isEmpty();
        assertThatThrownBy(() -> ComponentHealthDecider.decider(POLICY)
                .fold(Arrays.asList(new CheckRecorded(API, CheckResult.passed(FAST, at(0))), carried)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot follow");
    }

    @Test
    void a_first_failed_check_degrades_a_component_with_the_checks_reason() {
        CheckResult check = CheckResult.failed(FAST, "HTTP 503", at(0));

        ComponentHealth state = spec.given()
                .when(new RecordCheck(API, check))
                .then(new CheckRecorded(API, check),
                        new StatusChanged(API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "HTTP 503", at(0)));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.DEGRADED, 1, at(0)));
    }

    @Test
    void a_slow_passing_check_degrades_a_healthy_component() {
        CheckResult check = CheckResult.passed(Duration.ofMillis(2500), at(1));

        spec.given(new CheckRecorded(API, CheckResult.passed(FAST, at(0))))
                .when(new RecordCheck(API, check))
                .then(new CheckRecorded(API, check),
                        new StatusChanged(API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "slow: PT2.5S", at(1)));
    }

    @Test
    void a_check_exactly_as_slow_as_the_policy_allows_is_not_slow() {
        CheckResult check = CheckResult.passed(POLICY.slowAfter(), at(0));

        spec.given().when(new RecordCheck(API, check)).then(new CheckRecorded(API, check));
    }

    @Test
    void failures_below_the_threshold_keep_a_degraded_component_degraded() {
        CheckResult second = CheckResult.failed(FAST, "timeout", at(1));

        ComponentHealth state = spec.given(oneFailure())
                .when(new RecordCheck(API, second))
                .then(new CheckRecorded(API, second));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.DEGRADED, 2, at(1)));
    }

    @Test
    void the_failure_that_reaches_the_threshold_makes_a_component_unhealthy() {
        CheckResult third = CheckResult.failed(FAST, "connection refused", at(2));

        ComponentHealth state = spec.given(twoFailures())
                .when(new RecordCheck(API, third))
                .then(new CheckRecorded(API, third), new StatusChanged(
                        API, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "connection refused", at(2)));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.UNHEALTHY, 3, at(2)));
    }

    @Test
    void further_failures_of_an_unhealthy_component_are_only_recorded() {
        CheckResult fourth = CheckResult.failed(FAST, "timeout", at(3));

        ComponentHealth state = spec.given(threeFailures())
                .when(new RecordCheck(API, fourth))
                .then(new CheckRecorded(API, fourth));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.UNHEALTHY, 4, at(3)));
    }

    @Test
    void a_fast_pass_after_failures_is_a_recovery_and_resets_the_failure_count() {
        CheckResult pass = CheckResult.passed(FAST, at(3));
        StatusChanged recovery = new StatusChanged(API, HealthStatus.UNHEALTHY, HealthStatus.HEALTHY, "recovered", at(3));

        ComponentHealth state = spec.given(threeFailures())
                .when(new RecordCheck(API, pass))
                .then(new CheckRecorded(API, pass), recovery);

        assertThat(recovery.isRecovery()).isTrue();
        assertThat(state).isEqualTo(new Checked(API, HealthStatus.HEALTHY, 0, at(3)));
    }

    @Test
    void a_slow_pass_of_an_unhealthy_component_leaves_it_degraded() {
        CheckResult slowPass = CheckResult.passed(Duration.ofSeconds(3), at(3));

        ComponentHealth state = spec.given(threeFailures())
                .when(new RecordCheck(API, slowPass))
                .then(new CheckRecorded(API, slowPass), new StatusChanged(
                        API, HealthStatus.UNHEALTHY, HealthStatus.DEGRADED, "slow: PT3S", at(3)));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.DEGRADED, 0, at(3)));
    }

    @Test
    void a_failure_after_a_pass_counts_from_one_again() {
        CheckResult failure = CheckResult.failed(FAST, "HTTP 500", at(3));

        ComponentHealth state = spec.given(followedBy(twoFailures(),
                        new CheckRecorded(API, CheckResult.passed(FAST, at(2))),
                        new StatusChanged(API, HealthStatus.DEGRADED, HealthStatus.HEALTHY, "recovered", at(2))))
                .when(new RecordCheck(API, failure))
                .then(new CheckRecorded(API, failure),
                        new StatusChanged(API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "HTTP 500", at(3)));

        assertThat(state).isEqualTo(new Checked(API, HealthStatus.DEGRADED, 1, at(3)));
    }

    @Test
    void accepts_a_check_taken_at_the_same_instant_as_the_last_one() {
        CheckResult again = CheckResult.passed(FAST, at(0));

        spec.given(new CheckRecorded(API, CheckResult.passed(FAST, at(0))))
                .when(new RecordCheck(API, again))
                .then(new CheckRecorded(API, again));
    }

    @Test
    void rejects_a_check_of_another_component_than_the_streams() {
        spec.given(new CheckRecorded(API, CheckResult.passed(FAST, at(0))))
                .when(new RecordCheck(TABLE, CheckResult.passed(FAST, at(1))))
                .thenRejects("a check of health:us-east-1:table cannot be recorded on stream health:us-east-1:api");
    }

    @Test
    void rejects_a_check_older_than_the_last_one() {
        spec.given(new CheckRecorded(API, CheckResult.passed(FAST, at(5))))
                .when(new RecordCheck(API, CheckResult.failed(FAST, "timeout", at(4))))
                .thenRejects("check of health:us-east-1:api at 2025-03-01T10:04:00Z is out of order:"
                        + " the last check was at 2025-03-01T10:05:00Z");
    }

    @Test
    void refuses_to_fold_a_status_change_before_any_check() {
        StatusChanged orphan = new StatusChanged(API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "HTTP 503", at(0));

        assertThatThrownBy(() -> ComponentHealthDecider.evolve(ComponentHealthDecider.initialState(), orphan))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt health log");
    }

    @Test
    void refuses_to_fold_a_status_change_from_a_status_the_component_does_not_have() {
        Checked healthy = new Checked(API, HealthStatus.HEALTHY, 0, at(0));
        StatusChanged wrongOrigin =
                new StatusChanged(API, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "timeout", at(0));

        assertThatThrownBy(() -> ComponentHealthDecider.evolve(healthy, wrongOrigin))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_to_fold_a_check_of_another_component_or_out_of_order() {
        Checked checked = new Checked(API, HealthStatus.HEALTHY, 0, at(5));

        assertThatThrownBy(() -> ComponentHealthDecider.evolve(
                checked, new CheckRecorded(TABLE, CheckResult.passed(FAST, at(6)))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ComponentHealthDecider.evolve(
                checked, new CheckRecorded(API, CheckResult.passed(FAST, at(4)))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static HealthEvent[] oneFailure() {
        return new HealthEvent[] {
            new CheckRecorded(API, CheckResult.failed(FAST, "HTTP 503", at(0))),
            new StatusChanged(API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "HTTP 503", at(0))
        };
    }

    private static HealthEvent[] twoFailures() {
        return followedBy(oneFailure(), new CheckRecorded(API, CheckResult.failed(FAST, "timeout", at(1))));
    }

    private static HealthEvent[] threeFailures() {
        return followedBy(twoFailures(),
                new CheckRecorded(API, CheckResult.failed(FAST, "connection refused", at(2))),
                new StatusChanged(API, HealthStatus.DEGRADED, HealthStatus.UNHEALTHY, "connection refused", at(2)));
    }

    private static HealthEvent[] followedBy(HealthEvent[] history, HealthEvent... more) {
        return Stream.concat(Arrays.stream(history), Arrays.stream(more)).toArray(HealthEvent[]::new);
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
