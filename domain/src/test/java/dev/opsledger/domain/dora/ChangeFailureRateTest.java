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

import dev.opsledger.domain.deployment.DeploymentId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeFailureRateTest {

    @Test
    void failed_and_rolled_back_deployments_are_failures_of_all_deployments() {
        ChangeFailureRate rate = history()
                .deployed("d1", SUCCEEDED, day(0, 9))
                .deployed("d2", FAILED, day(1, 9))
                .deployed("d3", ROLLED_BACK, day(2, 9))
                .deployed("d4", SUCCEEDED, day(3, 9))
                .report(days(0, 7))
                .changeFailureRate();

        assertThat(rate.deployments()).isEqualTo(4);
        assertThat(rate.failedDeployments()).isEqualTo(2);
        assertThat(rate.rate()).contains(0.5);
    }

    @Test
    void change_failure_rate_counts_a_deployment_once_even_with_two_incidents() {
        ChangeFailureRate rate = history()
                .deployed("d1", SUCCEEDED, day(0, 9))
                .deployed("d2", SUCCEEDED, day(1, 9))
                .incident("i1", day(1, 10))
                .incident("i2", day(1, 11))
                .report(days(0, 7))
                .changeFailureRate();

        assertThat(rate.failedDeployments()).isEqualTo(1);
        assertThat(rate.rate()).contains(0.5);
    }

    @Test
    void a_failed_deployment_blamed_for_an_incident_is_still_one_failure() {
        ChangeFailureRate rate = history()
                .deployed("d1", FAILED, day(0, 9))
                .incidentBlaming("i1", day(0, 10), "d1")
                .report(days(0, 7))
                .changeFailureRate();

        assertThat(rate.failedDeployments()).isEqualTo(1);
        assertThat(rate.rate()).contains(1.0);
    }

    @Test
    void the_rate_divides_deployments_not_incidents_so_it_never_exceeds_one() {
        DoraHistory history = history().deployed("d1", SUCCEEDED, day(0, 9));
        for (int incident = 1; incident <= 5; incident++) {
            history.incident("i" + incident, day(0, 9 + incident));
        }

        assertThat(history.report(days(0, 7)).changeFailureRate().rate()).contains(1.0);
    }

    @Test
    void a_deployment_in_the_window_fails_by_an_incident_opened_after_the_window() {
        ChangeFailureRate rate = history()
                .deployed("d1", SUCCEEDED, day(6, 20))
                .incident("i1", day(8, 9))
                .report(days(0, 7))
                .changeFailureRate();

        assertThat(rate.rate()).contains(1.0);
    }

    @Test
    void an_incident_of_another_service_explicitly_blaming_our_deployment_makes_it_a_failure() {
        ChangeFailureRate rate = history()
                .deployed("d1", SUCCEEDED, day(0, 9))
                .incidentIn("payments", "production", "i1", day(0, 10), Optional.of(new DeploymentId("d1")))
                .report(days(0, 7))
                .changeFailureRate();

        assertThat(rate.rate()).contains(1.0);
    }

    @Test
    void the_rate_is_classified_in_each_edition() {
        DoraHistory history = history();
        for (int deployment = 0; deployment < 10; deployment++) {
            history.deployed("d" + deployment, deployment == 0 ? FAILED : SUCCEEDED, day(0, deployment));
        }

        assertThat(history.report(days(0, 7)).changeFailureRate().classification().levels())
                .isEqualTo(Map.of(DORA_2021, PerformanceLevel.ELITE, DORA_2023, PerformanceLevel.HIGH));
    }

    @Test
    void without_deployments_there_is_no_rate_and_no_level() {
        ChangeFailureRate rate = history().incident("i1", day(1, 0)).report(days(0, 7)).changeFailureRate();

        assertThat(rate.deployments()).isZero();
        assertThat(rate.rate()).isEqualTo(Optional.empty());
        assertThat(rate.classification()).isEqualTo(Classification.unclassified());
    }
}
