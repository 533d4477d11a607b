package dev.opsledger.domain.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.replication.Replication.Divergence;
import dev.opsledger.domain.replication.Replication.Running;
import dev.opsledger.domain.replication.ReplicationCommand.ClearDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.RecordBatch;
import dev.opsledger.domain.replication.ReplicationCommand.ReportDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.ReportFailure;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.shared.DeciderSpec;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicationDeciderTest {

    private static final ReplicationRoute ROUTE = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final StreamId CHECKOUT = StreamId.of("deployment", "checkout-prod");
    private static final StreamId PAYMENTS = StreamId.of("deployment", "payments-prod");
    private static final LogPosition FIRST = new LogPosition(at(1), CHECKOUT, 3);
    private static final LogPosition SECOND = new LogPosition(at(2), PAYMENTS, 1);
    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    private final DeciderSpec.Given<ReplicationCommand, Replication, ReplicationEvent> spec =
            DeciderSpec.using(ReplicationDecider.decider());

    @Test
    void a_first_batch_applies_commits_advances_the_checkpoint_from_the_start_and_observes_lag() {
        Replication state = spec.given()
                .when(new RecordBatch(ROUTE, 5, FIRST, TWO_SECONDS, at(3)))
                .then(new BatchApplied(ROUTE, 5, at(3)),
                        new CheckpointAdvanced(ROUTE, FIRST, at(3)),
                        new LagObserved(ROUTE, TWO_SECONDS, at(3)));

        assertThat(state).isEqualTo(new Running(ROUTE, FIRST, TWO_SECONDS, 0, Map.of(), at(3)));
    }

    @Test
    void a_batch_that_applied_nothing_at_the_same_checkpoint_only_observes_the_lag() {
        spec.given(advancedTo(FIRST, at(3)))
                .when(new RecordBatch(ROUTE, 0, FIRST, Duration.ZERO, at(4)))
                .then(new LagObserved(ROUTE, Duration.ZERO, at(4)));
    }

    @Test
    void a_batch_that_applied_nothing_may_still_advance_the_checkpoint() {
        spec.given(advancedTo(FIRST, at(3)))
                .when(new RecordBatch(ROUTE, 0, SECOND, Duration.ZERO, at(4)))
                .then(new CheckpointAdvanced(ROUTE, SECOND, at(4)), new LagObserved(ROUTE, Duration.ZERO, at(4)));
    }

    @Test
    void commits_applied_at_an_unchanged_checkpoint_leave_the_checkpoint_alone() {
        Replication state = spec.given(advancedTo(FIRST, at(3)))
                .when(new RecordBatch(ROUTE, 2, FIRST, TWO_SECONDS, at(4)))
                .then(new BatchApplied(ROUTE, 2, at(4)), new LagObserved(ROUTE, TWO_SECONDS, at(4)));

        assertThat(((Running) state).checkpoint()).isEqualTo(FIRST);
    }

    @Test
    void a_batch_ends_a_streak_of_failures_but_keeps_known_divergence() {
        Replication state = spec.given(
                        new ReplicationFailed(ROUTE, "target throttled", 1, at(1)),
                        new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(2)),
                        new ReplicationFailed(ROUTE, "target throttled", 2, at(3)))
                .when(new RecordBatch(ROUTE, 1, FIRST, Duration.ZERO, at(4)))
                .then(new BatchApplied(ROUTE, 1, at(4)),
                        new CheckpointAdvanced(ROUTE, FIRST, at(4)),
                        new LagObserved(ROUTE, Duration.ZERO, at(4)));

        Running running = (Running) state;
        assertThat(running.consecutiveFailures()).isZero();
        assertThat(running.divergentStreams()).containsExactly(CHECKOUT);
    }

    @Test
    void an_hours_stream_that_starts_with_the_carried_state_keeps_checkpoint_failures_and_divergence() {
        Replication before = spec.given(
                        new BatchApplied(ROUTE, 2, at(1)),
                        new CheckpointAdvanced(ROUTE, FIRST, at(1)),
                        new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(2)),
                        new ReplicationFailed(ROUTE, "target throttled", 1, at(3)))
                .when(new ReportFailure(ROUTE, "target throttled", at(4)))
                .then(new ReplicationFailed(ROUTE, "target throttled", 2, at(4)));

        Replication carried = ReplicationDecider.decider().fold(ReplicationDecider.carriedForward(before));

        assertThat(carried).isEqualTo(before);
        assertThat(ReplicationDecider.carriedForward(ReplicationDecider.initialState())).isEmpty();
        spec.given(ReplicationDecider.carriedForward(before).toArray(ReplicationEvent[]::new))
                .when(new ReportFailure(ROUTE, "target throttled", at(5)))
                .then(new ReplicationFailed(ROUTE, "target throttled", 3, at(5)));
    }

    @Test
    void rejects_a_negative_number_of_applied_commits() {
        spec.given()
                .when(new RecordBatch(ROUTE, -1, FIRST, Duration.ZERO, at(3)))
                .thenRejects("replication:us-east-1>us-west-2: commitsApplied must not be negative, was -1");
    }

    @Test
    void rejects_a_negative_lag() {
        spec.given()
                .when(new RecordBatch(ROUTE, 1, FIRST, Duration.ofSeconds(-1), at(3)))
                .thenRejects("replication:us-east-1>us-west-2: lag must not be negative, was PT-1S");
    }

    @Test
    void rejects_a_checkpoint_behind_the_current_one() {
        spec.given(advancedTo(SECOND, at(3)))
                .when(new RecordBatch(ROUTE, 1, FIRST, Duration.ZERO, at(4)))
                .thenRejects("replication:us-east-1>us-west-2: checkpoint may not move backwards: "
                        + "deployment:checkout-prod@3 (committed 2025-03-01T10:01:00Z) < "
                        + "deployment:payments-prod@1 (committed 2025-03-01T10:02:00Z)");
    }

    @Test
    void rejects_a_command_for_another_route_than_the_streams() {
        spec.given(advancedTo(FIRST, at(3)))
                .when(new RecordBatch(ROUTE.reversed(), 1, SECOND, Duration.ZERO, at(4)))
                .thenRejects("a command for route replication:us-west-2>us-east-1"
                        + " cannot be applied to stream replication:us-east-1>us-west-2");
    }

    @Test
    void a_failure_counts_the_failures_in_a_row() {
        spec.given()
                .when(new ReportFailure(ROUTE, "source unavailable", at(1)))
                .then(new ReplicationFailed(ROUTE, "source unavailable", 1, at(1)));
        spec.given(new ReplicationFailed(ROUTE, "source unavailable", 1, at(1)))
                .when(new ReportFailure(ROUTE, "target throttled", at(2)))
                .then(new ReplicationFailed(ROUTE, "target throttled", 2, at(2)));
    }

    @Test
    void a_failure_after_a_batch_counts_from_one_again() {
        spec.given(new ReplicationFailed(ROUTE, "source unavailable", 1, at(1)), new LagObserved(ROUTE, Duration.ZERO, at(2)))
                .when(new ReportFailure(ROUTE, "target throttled", at(3)))
                .then(new ReplicationFailed(ROUTE, "target throttled", 1, at(3)));
    }

    @Test
    void rejects_a_failure_reported_for_another_route() {
        spec.given(new ReplicationFailed(ROUTE, "source unavailable", 1, at(1)))
                .when(new ReportFailure(ROUTE.reversed(), "target throttled", at(2)))
                .thenRejects("a command for route replication:us-west-2>us-east-1");
    }

    @Test
    void a_divergent_stream_is_detected_and_remembered_with_its_digests() {
        Replication state = spec.given()
                .when(new ReportDivergence(ROUTE, CHECKOUT, "a1", "b2", at(5)))
                .then(new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)));

        assertThat(((Running) state).divergences()).containsExactly(Map.entry(CHECKOUT, new Divergence("a1", "b2")));
    }

    @Test
    void the_same_divergence_reported_again_changes_nothing() {
        spec.given(new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)))
                .when(new ReportDivergence(ROUTE, CHECKOUT, "a1", "b2", at(10)))
                .then();
    }

    @Test
    void a_known_divergent_stream_with_new_digests_is_detected_again() {
        Replication state = spec.given(new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)))
                .when(new ReportDivergence(ROUTE, CHECKOUT, "a3", "b2", at(10)))
                .then(new DivergenceDetected(ROUTE, CHECKOUT, "a3", "b2", at(10)));

        assertThat(((Running) state).divergences()).containsEntry(CHECKOUT, new Divergence("a3", "b2"));
    }

    @Test
    void divergence_of_another_stream_is_detected_beside_the_known_one() {
        Replication state = spec.given(new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)))
                .when(new ReportDivergence(ROUTE, PAYMENTS, "c1", "d2", at(10)))
                .then(new DivergenceDetected(ROUTE, PAYMENTS, "c1", "d2", at(10)));

        assertThat(((Running) state).divergentStreams()).isEqualTo(Set.of(CHECKOUT, PAYMENTS));
    }

    @Test
    void rejects_a_divergence_whose_digests_agree() {
        spec.given()
                .when(new ReportDivergence(ROUTE, CHECKOUT, "a1", "a1", at(5)))
                .thenRejects("replication:us-east-1>us-west-2: deployment:checkout-prod is not divergent,"
                        + " both digests are a1");
    }

    @Test
    void rejects_a_divergence_reported_for_another_route() {
        spec.given(new LagObserved(ROUTE, Duration.ZERO, at(1)))
                .when(new ReportDivergence(ROUTE.reversed(), CHECKOUT, "a1", "b2", at(5)))
                .thenRejects("a command for route replication:us-west-2>us-east-1");
    }

    @Test
    void an_operator_clears_a_divergent_stream_and_only_that_one() {
        Replication state = spec.given(
                        new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)),
                        new DivergenceDetected(ROUTE, PAYMENTS, "c1", "d2", at(6)))
                .when(new ClearDivergence(ROUTE, CHECKOUT, at(30)))
                .then(new DivergenceCleared(ROUTE, CHECKOUT, at(30)));

        assertThat(((Running) state).divergentStreams()).containsExactly(PAYMENTS);
    }

    @Test
    void a_cleared_stream_found_divergent_again_is_marked_again() {
        Replication state = spec.given(
                        new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)),
                        new DivergenceCleared(ROUTE, CHECKOUT, at(30)))
                .when(new ReportDivergence(ROUTE, CHECKOUT, "a1", "b2", at(40)))
                .then(new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(40)));

        assertThat(((Running) state).divergentStreams()).containsExactly(CHECKOUT);
    }

    @Test
    void rejects_clearing_a_stream_that_is_not_marked_divergent() {
        spec.given(new DivergenceDetected(ROUTE, PAYMENTS, "c1", "d2", at(6)))
                .when(new ClearDivergence(ROUTE, CHECKOUT, at(30)))
                .thenRejects("replication:us-east-1>us-west-2: deployment:checkout-prod is not marked divergent,"
                        + " the marked streams are [deployment:payments-prod]");
        spec.given(new DivergenceDetected(ROUTE, CHECKOUT, "a1", "b2", at(5)), new DivergenceCleared(ROUTE, CHECKOUT, at(30)))
                .when(new ClearDivergence(ROUTE, CHECKOUT, at(31)))
                .thenRejects("deployment:checkout-prod is not marked divergent");
    }

    @Test
    void refuses_to_fold_a_clearing_of_a_stream_not_marked() {
        assertThatThrownBy(() -> ReplicationDecider.evolve(
                ReplicationDecider.initialState(), new DivergenceCleared(ROUTE, CHECKOUT, at(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt replication log");
    }

    @Test
    void refuses_to_fold_a_checkpoint_that_does_not_advance() {
        Replication atSecond = ReplicationDecider.evolve(ReplicationDecider.initialState(), advancedTo(SECOND, at(3)));

        assertThatThrownBy(() -> ReplicationDecider.evolve(atSecond, advancedTo(FIRST, at(4))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt replication log");
        assertThatThrownBy(() -> ReplicationDecider.evolve(atSecond, advancedTo(SECOND, at(4))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_to_fold_a_failure_count_that_skips_or_an_event_of_another_route() {
        Replication failedOnce = ReplicationDecider.evolve(
                ReplicationDecider.initialState(), new ReplicationFailed(ROUTE, "source unavailable", 1, at(1)));

        assertThatThrownBy(() -> ReplicationDecider.evolve(
                failedOnce, new ReplicationFailed(ROUTE, "source unavailable", 3, at(2))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReplicationDecider.evolve(
                failedOnce, new LagObserved(ROUTE.reversed(), Duration.ZERO, at(2))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static CheckpointAdvanced advancedTo(LogPosition checkpoint, Instant at) {
        return new CheckpointAdvanced(ROUTE, checkpoint, at);
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
