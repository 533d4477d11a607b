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
    void median_and_p90_take_the_nearest_rank_of_every_change_of_every_deployment() {
        Instant finished = day(3, 0);
        Change[] tenChanges = IntStream.rangeClosed(1, 10)
                .mapToObj(hours -> commitAt(finished.minus(Duration.ofHours(hours))))
                .toArray(Change[]::new);

        LeadTime leadTime = history().deployed("d1", SUCCEEDED, finished, tenChanges).report(days(0, 7)).leadTime();

        assertThat(leadTime.changes()).isEqualTo(10);
        assertThat(leadTime.median()).contains(Duration.ofHours(5));
        assertThat(leadTime.p90()).contains(Duration.ofHours(9));
    }

    @Test
    void the_median_of_an_even_count_is_the_lower_middle_value() {
        Instant first = day(1, 12);
        Instant second = day(2, 12);

        LeadTime leadTime = history()
                .deployed("d1", SUCCEEDED, first, commitAt(first.minus(Duration.ofHours(1))), commitAt(first.minus(Duration.ofHours(4))))
                .deployed("d2", SUCCEEDED, second, commitAt(second.minus(Duration.ofHours(2))), commitAt(second.minus(Duration.ofHours(3))))
                .report(days(0, 7))
                .leadTime();

        assertThat(leadTime.median()).contains(Duration.ofHours(2));
        assertThat(leadTime.p90()).contains(Duration.ofHours(4));
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
