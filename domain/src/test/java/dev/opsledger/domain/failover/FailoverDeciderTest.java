package dev.opsledger.domain.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.failover.Failover.Steady;
import dev.opsledger.domain.failover.Failover.Switching;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailback;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailover;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailback;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailover;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.shared.DeciderSpec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailoverDeciderTest {

    private static final RegionPair REGIONS = RegionPair.DEFAULT;
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final String REASON = "us-east-1 api unhealthy";

    private static final FailoverInitiated FAILOVER_STARTED =
            new FailoverInitiated(REGIONS.primary(), REGIONS.secondary(), 1, REASON, at(0));
    private static final FailoverCompleted FAILED_OVER = new FailoverCompleted(REGIONS.secondary(), 1, at(2));
    private static final FailbackInitiated FAILBACK_STARTED =
            new FailbackInitiated(REGIONS.secondary(), REGIONS.primary(), 2, at(30));

    private final DeciderSpec.Given<FailoverCommand, Failover, FailoverEvent> spec =
            DeciderSpec.using(FailoverDecider.decider(REGIONS));

    @Test
    void the_primary_writes_at_epoch_zero_before_any_switch() {
        Failover initial = FailoverDecider.initialState(REGIONS);

        assertThat(initial).isEqualTo(new Steady(REGIONS, REGIONS.primary(), 0));
        assertThat(initial.writer()).contains(new ActiveRegion(REGIONS.primary(), 0));
    }

    @Test
    void initiating_a_failover_raises_the_epoch_and_stops_all_writes() {
        Failover state = spec.given()
                .when(new InitiateFailover(REASON, at(0)))
                .then(FAILOVER_STARTED);

        assertThat(state).isEqualTo(new Switching(REGIONS, REGIONS.primary(), REGIONS.secondary(), 1, false, at(0)));
        assertThat(state.writer()).isEmpty();
    }

    @Test
    void rejects_a_failover_without_a_reason() {
        spec.given().when(new InitiateFailover(" ", at(0))).thenRejects("cannot fail over from us-east-1 without a reason");
    }

    @Test
    void rejects_a_failover_when_the_secondary_is_already_active() {
        spec.given(FAILOVER_STARTED, FAILED_OVER)
                .when(new InitiateFailover(REASON, at(5)))
                .thenRejects("cannot fail over: us-west-2 is already active at epoch 1");
    }

    @Test
    void rejects_a_failover_while_one_is_under_way() {
        spec.given(FAILOVER_STARTED)
                .when(new InitiateFailover(REASON, at(1)))
                .thenRejects("cannot fail over: a failover to us-west-2 at epoch 1 is under way");
    }

    @Test
    void rejects_a_failover_while_a_failback_is_under_way() {
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new InitiateFailover(REASON, at(31)))
                .thenRejects("cannot fail over: a failback to us-east-1 at epoch 2 is under way");
    }

    @Test
    void completing_the_failover_lets_the_secondary_write_under_the_new_epoch() {
        Failover state = spec.given(FAILOVER_STARTED)
                .when(new CompleteFailover(1, at(2)))
                .then(FAILED_OVER);

        assertThat(state).isEqualTo(new Steady(REGIONS, REGIONS.secondary(), 1));
        assertThat(state.writer()).contains(new ActiveRegion(REGIONS.secondary(), 1));
    }

    @Test
    void a_failover_may_complete_at_the_instant_it_was_initiated() {
        spec.given(FAILOVER_STARTED)
                .when(new CompleteFailover(1, at(0)))
                .then(new FailoverCompleted(REGIONS.secondary(), 1, at(0)));
    }

    @Test
    void rejects_completing_a_failover_under_another_epoch() {
        spec.given(FAILOVER_STARTED)
                .when(new CompleteFailover(3, at(2)))
                .thenRejects("cannot complete a failover: epoch 3 does not match the switch under way (epoch 1)");
    }

    @Test
    void rejects_completing_a_failover_before_it_was_initiated() {
        spec.given(FAILOVER_STARTED)
                .when(new CompleteFailover(1, at(-1)))
                .thenRejects("cannot complete a failover: completion at 2025-03-01T09:59:00Z is before the switch"
                        + " to us-west-2 was initiated at 2025-03-01T10:00:00Z");
    }

    @Test
    void rejects_completing_a_failover_when_no_switch_is_under_way() {
        spec.given()
                .when(new CompleteFailover(0, at(2)))
                .thenRejects("cannot complete a failover: no switch is under way, us-east-1 is active at epoch 0");
    }

    @Test
    void rejects_completing_a_failover_while_a_failback_is_under_way() {
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new CompleteFailover(2, at(31)))
                .thenRejects("cannot complete a failover: a failback to us-east-1 at epoch 2 is under way");
    }

    @Test
    void initiating_a_failback_raises_the_epoch_and_stops_all_writes() {
        Failover state = spec.given(FAILOVER_STARTED, FAILED_OVER)
                .when(new InitiateFailback(at(30)))
                .then(FAILBACK_STARTED);

        assertThat(state).isEqualTo(new Switching(REGIONS, REGIONS.secondary(), REGIONS.primary(), 2, true, at(30)));
        assertThat(state.writer()).isEmpty();
    }

    @Test
    void rejects_a_failback_when_the_primary_is_already_active() {
        spec.given()
                .when(new InitiateFailback(at(0)))
                .thenRejects("cannot fail back: us-east-1 is already active at epoch 0");
    }

    @Test
    void rejects_a_failback_while_a_failover_is_under_way() {
        spec.given(FAILOVER_STARTED)
                .when(new InitiateFailback(at(1)))
                .thenRejects("cannot fail back: a failover to us-west-2 at epoch 1 is under way");
    }

    @Test
    void completing_the_failback_returns_writes_to_the_primary_with_the_reconciliation_counts() {
        Failover state = spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new CompleteFailback(2, 3, 1, at(35)))
                .then(new FailbackCompleted(REGIONS.primary(), 2, 3, 1, at(35)));

        assertThat(state).isEqualTo(new Steady(REGIONS, REGIONS.primary(), 2));
        assertThat(state.writer()).contains(new ActiveRegion(REGIONS.primary(), 2));
    }

    @Test
    void rejects_completing_a_failback_with_a_negative_count() {
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new CompleteFailback(2, -1, 0, at(35)))
                .thenRejects("cannot complete a failback: reapplied must not be negative, was -1");
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new CompleteFailback(2, 0, -2, at(35)))
                .thenRejects("cannot complete a failback: quarantined must not be negative, was -2");
    }

    @Test
    void rejects_completing_a_failback_under_another_epoch() {
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new CompleteFailback(1, 0, 0, at(35)))
                .thenRejects("cannot complete a failback: epoch 1 does not match the switch under way (epoch 2)");
    }

    @Test
    void rejects_completing_a_failback_before_it_was_initiated() {
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED)
                .when(new CompleteFailback(2, 0, 0, at(29)))
                .thenRejects("is before the switch to us-east-1 was initiated at 2025-03-01T10:30:00Z");
    }

    @Test
    void rejects_completing_a_failback_while_a_failover_is_under_way() {
        spec.given(FAILOVER_STARTED)
                .when(new CompleteFailback(1, 0, 0, at(2)))
                .thenRejects("cannot complete a failback: a failover to us-west-2 at epoch 1 is under way");
    }

    @Test
    void rejects_completing_a_failback_when_no_switch_is_under_way() {
        spec.given(FAILOVER_STARTED, FAILED_OVER)
                .when(new CompleteFailback(1, 0, 0, at(5)))
                .thenRejects("cannot complete a failback: no switch is under way, us-west-2 is active at epoch 1");
    }

    @Test
    void a_second_failover_after_a_failback_runs_at_epoch_three() {
        spec.given(FAILOVER_STARTED, FAILED_OVER, FAILBACK_STARTED,
                        new FailbackCompleted(REGIONS.primary(), 2, 0, 0, at(35)))
                .when(new InitiateFailover(REASON, at(60)))
                .then(new FailoverInitiated(REGIONS.primary(), REGIONS.secondary(), 3, REASON, at(60)));
    }

    @Test
    void refuses_to_fold_a_switch_that_skips_an_epoch_or_completes_nothing() {
        Failover initial = FailoverDecider.initialState(REGIONS);

        assertThatThrownBy(() -> FailoverDecider.evolve(
                initial, new FailoverInitiated(REGIONS.primary(), REGIONS.secondary(), 2, REASON, at(0))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt failover log");
        assertThatThrownBy(() -> FailoverDecider.evolve(initial, FAILED_OVER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FailoverDecider.evolve(initial, FAILBACK_STARTED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_to_fold_a_completion_of_the_other_kind_of_switch() {
        Failover switching = FailoverDecider.evolve(FailoverDecider.initialState(REGIONS), FAILOVER_STARTED);

        assertThatThrownBy(() -> FailoverDecider.evolve(
                switching, new FailbackCompleted(REGIONS.secondary(), 1, 0, 0, at(2))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_to_fold_a_completion_dated_before_its_switch_began() {
        Failover switching = FailoverDecider.evolve(FailoverDecider.initialState(REGIONS), FAILOVER_STARTED);

        assertThatThrownBy(() -> FailoverDecider.evolve(
                switching, new FailoverCompleted(REGIONS.secondary(), 1, at(-1))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
