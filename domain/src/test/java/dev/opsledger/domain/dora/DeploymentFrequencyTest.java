package dev.opsledger.domain.dora;

import static dev.opsledger.domain.deployment.DeploymentOutcome.FAILED;
import static dev.opsledger.domain.deployment.DeploymentOutcome.ROLLED_BACK;
import static dev.opsledger.domain.deployment.DeploymentOutcome.SUCCEEDED;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2021;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2023;
import static dev.opsledger.domain.dora.DoraHistory.day;
import static dev.opsledger.domain.dora.DoraHistory.days;
import static dev.opsledger.domain.dora.DoraHistory.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentFrequencyTest {

    @Test
    void counts_successful_deployments_and_every_finished_attempt_beside_them() {
        DeploymentFrequency frequency = history()
                .deployed("d1", SUCCEEDED, day(0, 9))
                .deployed("d2", FAILED, day(1, 9))
                .deployed("d3", ROLLED_BACK, day(2, 9))
                .deployed("d4", SUCCEEDED, day(2, 15))
                .started("still-running", day(3, 9))
                .report(days(0, 7))
                .deploymentFrequency();

        assertThat(frequency.deployments()).isEqualTo(2);
        assertThat(frequency.attempts()).isEqualTo(4);
        assertThat(frequency.deploymentsPerDay()).isCloseTo(2d / 7, within(1e-12));
    }

    @Test
    void a_day_of_failed_attempts_only_is_not_a_deployment_day_and_deploys_nothing() {
        DeploymentFrequency frequency = history()
                .deployed("failed", FAILED, day(0, 9))
                .deployed("rolled-back", ROLLED_BACK, day(0, 11))
                .report(days(0, 7))
                .deploymentFrequency();

        assertThat(frequency.deployments()).isZero();
        assertThat(frequency.attempts()).isEqualTo(2);
        assertThat(frequency.deploymentDays()).isZero();
        assertThat(frequency.deploymentDaysPerWeek()).isZero();
        assertThat(frequency.classification().levels())
                .isEqualTo(Map.of(DORA_2021, PerformanceLevel.LOW, DORA_2023, PerformanceLevel.LOW));
    }

    @Test
    void the_window_includes_its_start_and_excludes_its_end() {
        DeploymentFrequency frequency = history()
                .deployed("before", SUCCEEDED, day(0, 0).minusNanos(1))
                .deployed("at-start", SUCCEEDED, day(0, 0))
                .deployed("at-end", SUCCEEDED, day(7, 0))
                .report(days(0, 7))
                .deploymentFrequency();

        assertThat(frequency.deployments()).isEqualTo(1);
    }

    @Test
    void other_services_and_environments_do_not_count() {
        DeploymentFrequency frequency = history()
                .deployed("ours", SUCCEEDED, day(1, 9))
                .deployedIn("search", DoraHistory.ENVIRONMENT, "theirs", SUCCEEDED, day(1, 9))
                .deployedIn(DoraHistory.SERVICE, "staging", "rehearsal", SUCCEEDED, day(1, 9))
                .report(days(0, 7))
                .deploymentFrequency();

        assertThat(frequency.deployments()).isEqualTo(1);
    }

    @Test
    void deployment_days_per_week_counts_distinct_utc_days_with_a_deployment() {
        DeploymentFrequency frequency = history()
                .deployed("morning", SUCCEEDED, day(0, 9))
                .deployed("evening", SUCCEEDED, day(0, 23))
                .deployed("next-week", SUCCEEDED, day(8, 9))
                .report(days(0, 14))
                .deploymentFrequency();

        assertThat(frequency.deploymentDays()).isEqualTo(2);
        assertThat(frequency.deploymentDaysPerWeek()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void deployment_days_per_week_reads_a_partial_day_as_a_whole_calendar_day() {
        ReportScope twelveHoursOverMidnight = ReportScope.ofService(
                DoraHistory.SERVICE, DoraHistory.ENVIRONMENT, day(0, 18), day(1, 6));

        DeploymentFrequency frequency = history()
                .deployed("late", SUCCEEDED, day(0, 20))
                .deployed("early", SUCCEEDED, day(1, 2))
                .report(twelveHoursOverMidnight)
                .deploymentFrequency();

        assertThat(frequency.deploymentsPerDay()).isCloseTo(4.0, within(1e-12));
        assertThat(frequency.deploymentDaysPerWeek()).isCloseTo(7.0, within(1e-12));
    }

    @Test
    void several_deployments_a_day_are_elite() {
        DoraHistory history = history();
        for (int day = 0; day < 7; day++) {
            history.deployed("am-" + day, SUCCEEDED, day(day, 9)).deployed("pm-" + day, SUCCEEDED, day(day, 15));
        }

        assertThat(history.report(days(0, 7)).deploymentFrequency().classification().levels())
                .isEqualTo(Map.of(DORA_2021, PerformanceLevel.ELITE, DORA_2023, PerformanceLevel.ELITE));
    }

    @Test
    void no_deployment_in_the_window_is_a_frequency_of_zero_and_low() {
        DeploymentFrequency frequency = history()
                .deployed("long-ago", SUCCEEDED, Instant.parse("2023-01-01T00:00:00Z"))
                .report(days(0, 28))
                .deploymentFrequency();

        assertThat(frequency.deployments()).isZero();
        assertThat(frequency.deploymentsPerDay()).isZero();
        assertThat(frequency.deploymentDaysPerWeek()).isZero();
        assertThat(frequency.classification().levels())
                .isEqualTo(Map.of(DORA_2021, PerformanceLevel.LOW, DORA_2023, PerformanceLevel.LOW));
    }
}
