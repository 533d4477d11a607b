package dev.opsledger.domain.dora;

import static dev.opsledger.domain.deployment.DeploymentOutcome.FAILED;
import static dev.opsledger.domain.deployment.DeploymentOutcome.SUCCEEDED;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2021;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2023;
import static dev.opsledger.domain.dora.DoraHistory.commitAt;
import static dev.opsledger.domain.dora.DoraHistory.day;
import static dev.opsledger.domain.dora.DoraHistory.days;
import static dev.opsledger.domain.dora.DoraHistory.history;
import static dev.opsledger.domain.dora.PerformanceLevel.HIGH;
import static dev.opsledger.domain.dora.PerformanceLevel.LOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoraProjectionTest {

    @Test
    void a_week_of_checkout_in_production_reads_as_the_four_keys() {
        Instant monday = day(0, 10);
        Instant wednesday = day(2, 10);
        Instant friday = day(4, 10);
        ReportScope week = days(0, 7);

        DoraReport report = history()
                .deployed("mon", SUCCEEDED, monday, commitAt(monday.minus(Duration.ofHours(2))))
                .deployed("wed", FAILED, wednesday, commitAt(wednesday.minus(Duration.ofHours(1))))
                .deployed("fri", SUCCEEDED, friday, commitAt(friday.minus(Duration.ofHours(30))))
                .incident("outage", day(4, 12))
                .resolved("outage", day(4, 16))
                .report(week);

        assertThat(report.scope()).isEqualTo(week);
        assertThat(report.deploymentFrequency().deployments()).isEqualTo(2);
        assertThat(report.deploymentFrequency().attempts()).isEqualTo(3);
        assertThat(report.deploymentFrequency().deploymentDaysPerWeek()).isEqualTo(2.0);
        assertThat(report.deploymentFrequency().classification().levels()).isEqualTo(Map.of(DORA_2021, HIGH, DORA_2023, HIGH));
        assertThat(report.leadTime().median()).contains(Duration.ofHours(16));
        assertThat(report.leadTime().p90()).contains(Duration.ofHours(30));
        assertThat(report.changeFailureRate().failedDeployments()).isEqualTo(2);
        assertThat(report.changeFailureRate().classification().levels()).isEqualTo(Map.of(DORA_2021, LOW, DORA_2023, LOW));
        assertThat(report.timeToRestore().median()).contains(Duration.ofHours(4));
    }

    @Test
    void a_scope_without_events_has_no_figures_to_classify_but_its_frequency() {
        DoraReport report = DoraProjection.report(DoraFacts.empty(), days(0, 7));

        assertThat(report.deploymentFrequency().deployments()).isZero();
        assertThat(report.leadTime().classification()).isEqualTo(Classification.unclassified());
        assertThat(report.changeFailureRate().classification()).isEqualTo(Classification.unclassified());
        assertThat(report.timeToRestore().classification()).isEqualTo(Classification.unclassified());
    }
}
