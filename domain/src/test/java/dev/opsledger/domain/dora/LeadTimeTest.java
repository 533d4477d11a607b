package dev.opsledger.domain.dora;

import static dev.opsledger.domain.deployment.DeploymentOutcome.FAILED;
import static dev.opsledger.domain.deployment.DeploymentOutcome.ROLLED_BACK;
import static dev.opsledger.domain.deployment.DeploymentOutcome.SUCCEEDED;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2021;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2023;
import static dev.opsledger.domain.dora.DoraHistory.commitAt;
import static dev.opsledger.domain.dora.DoraHistory.day;
import static dev.opsledger.domain.dora.DoraHistory.days;
import static dev.opsledger.domain.dora.DoraHistory.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeadTimeTest {

    @Test
    void lead_time_runs_from_the_commit_to_the_finish_of_the_successful_deployment_that_ships_it() {
        Instant finished = day(2, 12);

        LeadTime leadTime = history()
                .deployed("d1", SUCCEEDED, finished, commitAt(finished.minus(Duration.ofHours(3))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isEqualTo(1);
        assertThat(leadTime.median()).contains(Duration.ofHours(3));
        assertThat(leadTime.p90()).contains(Duration.ofHours(3));
    }

    @Test
    void changes_of_failed_or_rolled_back_deployments_have_not_been_delivered() {
        Instant finished = day(2, 12);

        LeadTime leadTime = history()
                .deployed("failed", FAILED, finished, commitAt(finished.minus(Duration.ofDays(1))))
                .deployed("rolled-back", ROLLED_BACK, finished, commitAt(finished.minus(Duration.ofDays(2))))
                .deployed("shipped", SUCCEEDED, finished, commitAt(finished.minus(Duration.ofMinutes(30))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isEqualTo(1);
        assertThat(leadTime.median()).contains(Duration.ofMinutes(30));
    }

    @Test
    void the_median_is_the_mean_of_the_two_middle_values_and_p90_the_nearest_rank() {
        Instant finished = day(3, 0);
        Change[] tenChanges = IntStream.rangeClosed(1, 10)
                .mapToObj(hours -> commitAt(finished.minus(Duration.ofHours(hours))))
                .toArray(Change[]::new);

        LeadTime leadTime = history().deployed("d1", SUCCEEDED, finished, tenChanges).report(days(0, 7)).leadTime();

        assertThat(leadTime.changes()).isEqualTo(10);
        assertThat(leadTime.median()).contains(Duration.ofHours(5).plusMinutes(30));
        assertThat(leadTime.p90()).contains(Duration.ofHours(9));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values_not_the_lower_one() {
        Instant first = day(1, 12);
        Instant second = day(2, 12);

        LeadTime leadTime = history()
                .deployed("d1", SUCCEEDED, first, commitAt(first.minus(Duration.ofHours(1))), commitAt(first.minus(Duration.ofHours(4))))
                .deployed("d2", SUCCEEDED, second, commitAt(second.minus(Duration.ofHours(2))), commitAt(second.minus(Duration.ofHours(3))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.median()).contains(Duration.ofHours(2).plusMinutes(30));
        assertThat(leadTime.p90()).contains(Duration.ofHours(4));
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_value() {
        Instant finished = day(2, 12);

        LeadTime leadTime = history()
                .deployed("d1", SUCCEEDED, finished, commitAt(finished.minus(Duration.ofHours(1))),
                        commitAt(finished.minus(Duration.ofHours(2))), commitAt(finished.minus(Duration.ofHours(9))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.median()).contains(Duration.ofHours(2));
    }

    @Test
    void a_change_counts_once_at_its_first_successful_deployment_not_again_when_redeployed() {
        Instant first = day(1, 12);
        Instant redeployed = day(3, 12);
        Change change = commitAt(first.minus(Duration.ofHours(2)));

        LeadTime leadTime = history()
                .deployed("first", SUCCEEDED, first, change)
                .deployed("redeploy", SUCCEEDED, redeployed, change)
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isEqualTo(1);
        assertThat(leadTime.median()).contains(Duration.ofHours(2));
    }

    @Test
    void a_change_first_delivered_before_the_window_adds_no_lead_time_to_it() {
        Instant lastWeek = day(-3, 12);
        Change old = commitAt(lastWeek.minus(Duration.ofHours(2)));
        Change fresh = commitAt(day(2, 11));

        LeadTime leadTime = history()
                .deployed("last-week", SUCCEEDED, lastWeek, old)
                .deployed("this-week", SUCCEEDED, day(2, 12), old, fresh)
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isEqualTo(1);
        assertThat(leadTime.median()).contains(Duration.ofHours(1));
    }

    @Test
    void a_failed_attempt_delivers_nothing_so_the_change_counts_at_the_success_after_it() {
        Change change = commitAt(day(1, 0));

        LeadTime leadTime = history()
                .deployed("failed", FAILED, day(1, 6), change)
                .deployed("retry", SUCCEEDED, day(1, 9), change)
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isEqualTo(1);
        assertThat(leadTime.median()).contains(Duration.ofHours(9));
    }

    @Test
    void a_change_is_delivered_anew_to_each_environment_and_service() {
        Change change = commitAt(day(1, 0));

        DoraHistory history = history()
                .deployedIn(DoraHistory.SERVICE, "staging", "staging", SUCCEEDED, day(1, 2), change)
                .deployedIn("search", DoraHistory.ENVIRONMENT, "search", SUCCEEDED, day(1, 3), change)
                .deployed("production", SUCCEEDED, day(1, 4), change);

        assertThat(history.report(days(0, 7)).leadTime().median()).contains(Duration.ofHours(4));
        assertThat(history.report(ReportScope.ofEnvironment(DoraHistory.ENVIRONMENT, day(0, 0), day(7, 0))).leadTime().changes())
                .isEqualTo(2);
    }

    @Test
    void of_two_deployments_finishing_at_once_with_the_same_change_only_one_counts_it() {
        Change change = commitAt(day(1, 0));

        LeadTime leadTime = history()
                .deployed("a", SUCCEEDED, day(1, 4), change)
                .deployed("b", SUCCEEDED, day(1, 4), change)
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isEqualTo(1);
    }

    @Test
    void a_commit_stamped_after_the_deployment_finished_counts_as_zero_not_negative() {
        Instant finished = day(2, 12);

        LeadTime leadTime = history()
                .deployed("d1", SUCCEEDED, finished, commitAt(finished.plus(Duration.ofMinutes(2))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.median()).contains(Duration.ZERO);
    }

    @Test
    void the_median_decides_the_level_in_each_edition() {
        Instant finished = day(2, 12);

        LeadTime leadTime = history()
                .deployed("d1", SUCCEEDED, finished, commitAt(finished.minus(Duration.ofHours(5))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.classification().levels())
                .isEqualTo(Map.of(DORA_2021, PerformanceLevel.HIGH, DORA_2023, PerformanceLevel.ELITE));
    }

    @Test
    void without_a_successful_deployment_there_is_no_lead_time_and_no_level() {
        LeadTime leadTime = history()
                .deployed("failed", FAILED, day(2, 12), commitAt(day(1, 0)))
                .deployed("empty", SUCCEEDED, day(3, 12))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.changes()).isZero();
        assertThat(leadTime.median()).isEqualTo(Optional.empty());
        assertThat(leadTime.p90()).isEqualTo(Optional.empty());
        assertThat(leadTime.classification()).isEqualTo(Classification.unclassified());
    }
}
