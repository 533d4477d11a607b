package dev.opsledger.domain.dora;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoraBenchmarksTest {

    @ParameterizedTest(name = "{0}: {1} deployments in {2} days is {3}")
    @CsvSource({
        "DORA_2021, 8, 7, ELITE",
        "DORA_2021, 7, 7, HIGH",
        "DORA_2021, 1, 7, HIGH",
        "DORA_2021, 1, 30, HIGH",
        "DORA_2021, 1, 31, MEDIUM",
        "DORA_2021, 1, 180, MEDIUM",
        "DORA_2021, 1, 181, LOW",
        "DORA_2021, 0, 7, LOW",
        "DORA_2023, 8, 7, ELITE",
        "DORA_2023, 7, 7, HIGH",
        "DORA_2023, 1, 7, HIGH",
        "DORA_2023, 1, 8, MEDIUM",
        "DORA_2023, 1, 30, MEDIUM",
        "DORA_2023, 1, 31, LOW",
        "DORA_2023, 0, 7, LOW",
    })
    void deployment_frequency_levels_at_their_boundaries(
            BenchmarkEdition edition, int deployments, int days, PerformanceLevel expected) {
        double perDay = (double) deployments / days;

        assertThat(DoraBenchmarks.classify(DoraMetric.DEPLOYMENT_FREQUENCY, perDay).level(edition)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: a lead time of {1} is {2}")
    @CsvSource({
        "DORA_2021, PT59M59S, ELITE",
        "DORA_2021, PT1H, HIGH",
        "DORA_2021, P7D, HIGH",
        "DORA_2021, P7DT1S, MEDIUM",
        "DORA_2021, P180D, MEDIUM",
        "DORA_2021, P180DT1S, LOW",
        "DORA_2023, PT23H59M59S, ELITE",
        "DORA_2023, P1D, HIGH",
        "DORA_2023, P7D, HIGH",
        "DORA_2023, P7DT1S, MEDIUM",
        "DORA_2023, P30D, MEDIUM",
        "DORA_2023, P30DT1S, LOW",
    })
    void lead_time_levels_at_their_boundaries(BenchmarkEdition edition, Duration leadTime, PerformanceLevel expected) {
        assertThat(DoraBenchmarks.classify(DoraMetric.LEAD_TIME_FOR_CHANGES, leadTime).level(edition)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: restoring in {1} is {2}")
    @CsvSource({
        "DORA_2021, PT59M59S, ELITE",
        "DORA_2021, PT1H, HIGH",
        "DORA_2021, PT23H59M59S, HIGH",
        "DORA_2021, P1D, MEDIUM",
        "DORA_2021, P7D, MEDIUM",
        "DORA_2021, P7DT1S, LOW",
        "DORA_2023, PT59M59S, ELITE",
        "DORA_2023, PT1H, HIGH",
        "DORA_2023, P1D, MEDIUM",
        "DORA_2023, P7D, MEDIUM",
        "DORA_2023, P7DT1S, LOW",
        "DORA_2023, P200D, LOW",
    })
    void time_to_restore_levels_at_their_boundaries(BenchmarkEdition edition, Duration restore, PerformanceLevel expected) {
        assertThat(DoraBenchmarks.classify(DoraMetric.TIME_TO_RESTORE, restore).level(edition)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: a change failure rate of {1} is {2}")
    @CsvSource({
        "DORA_2021, 0.0, ELITE",
        "DORA_2021, 0.15, ELITE",
        "DORA_2021, 0.1501, HIGH",
        "DORA_2021, 0.30, HIGH",
        "DORA_2021, 0.3001, LOW",
        "DORA_2021, 1.0, LOW",
        "DORA_2023, 0.05, ELITE",
        "DORA_2023, 0.0501, HIGH",
        "DORA_2023, 0.10, HIGH",
        "DORA_2023, 0.15, MEDIUM",
        "DORA_2023, 0.1501, LOW",
        "DORA_2023, 0.64, LOW",
    })
    void change_failure_rate_levels_at_their_boundaries(BenchmarkEdition edition, double rate, PerformanceLevel expected) {
        assertThat(DoraBenchmarks.classify(DoraMetric.CHANGE_FAILURE_RATE, rate).level(edition)).contains(expected);
    }

    @Test
    void every_edition_gives_every_metric_a_row_per_level() {
        for (BenchmarkEdition edition : BenchmarkEdition.values()) {
            for (DoraMetric metric : DoraMetric.values()) {
                assertThat(DoraBenchmarks.rows().stream()
                                .filter(row -> row.edition() == edition && row.metric() == metric)
                                .map(BenchmarkRow::level))
                        .as("%s %s", edition, metric)
                        .containsExactlyInAnyOrder(PerformanceLevel.values());
            }
        }
    }

    @Test
    void a_figure_is_classified_in_every_edition() {
        assertThat(DoraBenchmarks.classify(DoraMetric.CHANGE_FAILURE_RATE, 0.2).levels().keySet())
                .isEqualTo(Arrays.stream(BenchmarkEdition.values()).collect(Collectors.toSet()));
    }
}
