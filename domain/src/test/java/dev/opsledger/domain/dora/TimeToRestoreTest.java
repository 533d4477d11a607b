package dev.opsledger.domain.dora;

import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2021;
import static dev.opsledger.domain.dora.BenchmarkEdition.DORA_2023;
import static dev.opsledger.domain.dora.DoraHistory.day;
import static dev.opsledger.domain.dora.DoraHistory.days;
import static dev.opsledger.domain.dora.DoraHistory.history;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeToRestoreTest {

    @Test
    void time_to_restore_is_the_median_duration_of_incidents_opened_in_the_window() {
        TimeToRestore restore = history()
                .incident("short", day(1, 0)).resolved("short", day(1, 1))
                .incident("middle", day(2, 0)).resolved("middle", day(2, 3))
                .incident("long", day(3, 0)).resolved("long", day(3, 10))
                .report(days(0, 7))
                .timeToRestore();

        assertThat(restore.restoredIncidents()).isEqualTo(3);
        assertThat(restore.median()).contains(Duration.ofHours(3));
        assertThat(restore.classification().levels())
                .isEqualTo(Map.of(DORA_2021, PerformanceLevel.HIGH, DORA_2023, PerformanceLevel.HIGH));
    }

    @Test
    void an_incident_counts_in_the_window_it_opened_in_even_when_resolved_after_it() {
        TimeToRestore restore = history()
                .incident("opened-before", day(0, 0).minusSeconds(1)).resolved("opened-before", day(0, 1))
                .incident("resolved-after", day(6, 12)).resolved("resolved-after", day(9, 12))
                .report(days(0, 7))
                .timeToRestore();

        assertThat(restore.restoredIncidents()).isEqualTo(1);
        assertThat(restore.median()).contains(Duration.ofDays(3));
    }

    @Test
    void the_median_of_an_even_count_of_incidents_is_the_mean_of_the_two_middle_durations() {
        TimeToRestore restore = history()
                .incident("one-hour", day(1, 0)).resolved("one-hour", day(1, 1))
                .incident("two-hours", day(2, 0)).resolved("two-hours", day(2, 2))
                .incident("four-hours", day(3, 0)).resolved("four-hours", day(3, 4))
                .incident("two-days", day(4, 0)).resolved("two-days", day(6, 0))
                .report(days(0, 7))
                .timeToRestore();

        assertThat(restore.restoredIncidents()).isEqualTo(4);
        assertThat(restore.median()).contains(Duration.ofHours(3));
    }

    @Test
    void a_whole_environment_counts_the_incidents_of_every_service_in_it() {
        TimeToRestore restore = history()
                .incident("ours", day(1, 0)).resolved("ours", day(1, 1))
                .incidentIn("search", DoraHistory.ENVIRONMENT, "theirs", day(1, 0), Optional.empty()).resolved("theirs", day(1, 3))
                .incidentIn("search", "staging", "rehearsal", day(1, 0), Optional.empty()).resolved("rehearsal", day(1, 9))
                .report(ReportScope.ofEnvironment(DoraHistory.ENVIRONMENT, day(0, 0), day(7, 0)))
                .timeToRestore();

        assertThat(restore.restoredIncidents()).isEqualTo(2);
        assertThat(restore.median()).contains(Duration.ofHours(2));
    }

    @Test
    void incidents_still_open_and_incidents_elsewhere_are_not_counted() {
        TimeToRestore restore = history()
                .incident("still-open", day(1, 0))
                .incidentIn("search", DoraHistory.ENVIRONMENT, "elsewhere", day(1, 0), Optional.empty())
                .resolved("elsewhere", day(1, 2))
                .report(days(0, 7))
                .timeToRestore();

        assertThat(restore.restoredIncidents()).isZero();
        assertThat(restore.median()).isEqualTo(Optional.empty());
        assertThat(restore.classification()).isEqualTo(Classification.unclassified());
    }
}
