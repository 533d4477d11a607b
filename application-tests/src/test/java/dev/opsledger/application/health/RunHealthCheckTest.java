package dev.opsledger.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.HealthCarriedForward;
import dev.opsledger.domain.health.HealthPolicy;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.SimulatedHealthProbe;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunHealthCheckTest {

    private static final Region REGION = Region.US_EAST_1;
    private static final ComponentKey API = new ComponentKey(REGION, Component.API);
    private static final HealthPolicy POLICY = new HealthPolicy(3, Duration.ofSeconds(2));

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-01T00:00:00Z"));
    private final Faults apiFaults = new Faults();
    private final Faults regionFaults = new Faults();
    private final Faults pagerFaults = new Faults();
    private final InMemoryEventStore table = new InMemoryEventStore(clock, regionFaults, Duration.ZERO);
    private final RecordingAlertNotifier pager = new RecordingAlertNotifier(pagerFaults);
    private final List<Alert> notifyCalls = new ArrayList<>();
    private final RecordingMetricsRecorder metrics = new RecordingMetricsRecorder();

    @Test
    void records_every_check_in_its_component_stream() {
        HealthCheckReport report = checker().run();

        assertThat(report.allPassed()).isTrue();
        assertThat(report.anyUnhealthy()).isFalse();
        assertThat(report.statuses()).containsOnlyKeys(Component.values()).containsValue(HealthStatus.HEALTHY);
        assertThat(report.checkedAt()).isEqualTo(clock.instant());
        for (Component component : Component.values()) {
            assertThat(table.readStream(new ComponentKey(REGION, component).streamAt(clock.instant())))
                    .extracting(RecordedEvent::event).singleElement().isInstanceOf(CheckRecorded.class);
        }
    }

    @Test
    void alerts_once_when_a_component_turns_unhealthy_however_long_it_stays_so() {
        RunHealthCheck checker = checker();
        apiFaults.goDark();

        List<HealthCheckReport> reports = everyFiveMinutes(checker, 8);

        assertThat(reports.get(1).statuses()).containsEntry(Component.API, HealthStatus.DEGRADED);
        assertThat(reports.get(2).anyUnhealthy()).isTrue();
        assertThat(notifyCalls).hasSize(1);
        Alert alert = pager.sent().getFirst();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.problemKey()).isEqualTo(API.series().value());
        assertThat(alert.subject()).hasSizeLessThanOrEqualTo(100).contains("api", "us-east-1");
        assertThat(alert.message()).contains("api", "us-east-1", "timed out");
        assertThat(alert.raisedAt()).isEqualTo(reports.get(2).checkedAt());
    }

    @Test
    void sends_a_resolved_alert_when_the_component_recovers_and_nothing_more() {
        RunHealthCheck checker = checker();
        apiFaults.goDark();
        everyFiveMinutes(checker, 3);

        apiFaults.restore();
        everyFiveMinutes(checker, 3);

        assertThat(pager.sent()).extracting(Alert::severity).containsExactly(AlertSeverity.CRITICAL, AlertSeverity.RESOLVED);
        assertThat(pager.sent().getLast().problemKey()).isEqualTo(API.series().value());
        assertThat(pager.openProblems()).isEmpty();
        assertThat(notifyCalls).hasSize(2);
    }

    @Test
    void emits_whether_each_check_passed_and_how_long_it_took() {
        apiFaults.goDark();

        checker().run();

        Map<String, String> api = Map.of("region", "us-east-1", "component", "api");
        Map<String, String> table = Map.of("region", "us-east-1", "component", "table");
        assertThat(metrics.latest("HealthCheckPassed", api)).get()
                .extracting(Metric::value, Metric::unit).containsExactly(0.0, Metric.Unit.COUNT);
        assertThat(metrics.latest("HealthCheckPassed", table)).get().extracting(Metric::value).isEqualTo(1.0);
        assertThat(metrics.latest("HealthCheckLatency", api)).get()
                .extracting(Metric::value, Metric::unit).containsExactly(3_000.0, Metric.Unit.MILLISECONDS);
        assertThat(metrics.recorded()).hasSize(2 * Component.values().length);
    }

    @Test
    void a_dark_table_skips_recording_but_the_alert_still_goes_out_and_is_resolved_later() {
        RunHealthCheck checker = checker();
        checker.run();
        regionFaults.goDark();
        apiFaults.goDark();

        List<HealthCheckReport> dark = everyFiveMinutes(checker, 3);
        regionFaults.restore();
        apiFaults.restore();
        int recordedBeforeRecovery = table.readStream(API.streamAt(clock.instant())).size();
        everyFiveMinutes(checker, 1);

        assertThat(dark.getLast().statuses().values()).containsOnly(HealthStatus.UNHEALTHY);
        assertThat(recordedBeforeRecovery).isEqualTo(1);
        assertThat(pager.sent()).filteredOn(alert -> alert.severity() == AlertSeverity.CRITICAL).hasSize(3);
        assertThat(pager.sent()).filteredOn(alert -> alert.severity() == AlertSeverity.RESOLVED).hasSize(3);
        assertThat(pager.openProblems()).isEmpty();
    }

    @Test
    void a_fresh_checker_resolves_the_alert_another_one_raised() {
        apiFaults.goDark();
        everyFiveMinutes(checker(), 3);

        apiFaults.restore();
        everyFiveMinutes(checker(), 1);

        assertThat(pager.sent()).extracting(Alert::severity).containsExactly(AlertSeverity.CRITICAL, AlertSeverity.RESOLVED);
    }

    @Test
    void an_alert_the_pager_could_not_take_is_raised_again_at_the_next_check() {
        RunHealthCheck checker = checker();
        apiFaults.goDark();
        everyFiveMinutes(checker, 2);
        pagerFaults.failNext(1);

        everyFiveMinutes(checker, 2);

        assertThat(notifyCalls).hasSize(2);
        assertThat(pager.sent()).singleElement().extracting(Alert::severity).isEqualTo(AlertSeverity.CRITICAL);
    }

    @Test
    void running_again_at_the_same_instant_records_nothing_twice() {
        RunHealthCheck checker = checker();

        checker.run();
        checker.run();

        assertThat(table.readStream(API.streamAt(clock.instant()))).hasSize(1);
    }

    @Test
    void reads_a_health_stream_at_its_first_check_only_and_then_appends_at_the_version_it_wrote() {
        StreamReadCounting store = new StreamReadCounting(table);
        RunHealthCheck checker = checkerOver(store);

        checker.run();
        everyFiveMinutes(checker, 3);

        assertThat(store.streamReads()).as("per component, the hour's stream and the one before, at the first check")
                .isEqualTo(2 * Component.values().length);
        assertThat(table.readStream(API.streamAt(clock.instant())))
                .hasSize(4).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void a_check_another_writer_recorded_in_between_sends_the_checker_back_to_reading_the_stream() {
        RunHealthCheck checker = checker();
        everyFiveMinutes(checker, 2);
        clock.advance(Duration.ofMinutes(5));
        checker().run();
        apiFaults.goDark();

        List<HealthCheckReport> reports = everyFiveMinutes(checker, 3);

        assertThat(table.readStream(API.streamAt(clock.instant()))).extracting(RecordedEvent::event)
                .filteredOn(CheckRecorded.class::isInstance).hasSize(6);
        assertThat(reports.getLast().statuses()).containsEntry(Component.API, HealthStatus.UNHEALTHY);
        assertThat(notifyCalls).hasSize(1);
    }

    @Test
    void the_first_check_of_a_new_hour_opens_its_stream_with_the_state_carried_forward() {
        RunHealthCheck checker = checker();
        clock.advance(Duration.ofMinutes(50));
        apiFaults.goDark();
        checker.run();
        StreamId before = API.streamAt(clock.instant());
        everyFiveMinutes(checker, 1);

        HealthCheckReport firstOfTheHour = everyFiveMinutes(checker, 1).getFirst();

        StreamId after = API.streamAt(clock.instant());
        assertThat(after).isNotEqualTo(before).isEqualTo(new StreamId("health:us-east-1:api:2025-03-01T01"));
        assertThat(table.readStream(after)).extracting(RecordedEvent::event).first()
                .isEqualTo(new HealthCarriedForward(API, HealthStatus.DEGRADED, 2, Instant.parse("2025-03-01T00:55:00Z")));
        assertThat(firstOfTheHour.statuses()).as("the third failure in a row, counted across the hour")
                .containsEntry(Component.API, HealthStatus.UNHEALTHY);
        assertThat(table.readStream(before)).hasSize(3);
    }

    @Test
    void a_cold_start_reads_only_the_latest_hour_however_long_the_history() {
        RunHealthCheck earlier = checker();
        for (int check = 0; check < 12 * 30; check++) {
            clock.advance(Duration.ofMinutes(5));
            earlier.run();
        }
        StreamReadCounting store = new StreamReadCounting(table);

        everyFiveMinutes(checkerOver(store), 1);

        assertThat(store.streamReads()).as("30 hours checked, the last at 06:00: the hour's stream alone, per component")
                .isEqualTo(Component.values().length);
        assertThat(table.readStream(API.streamAt(clock.instant()))).extracting(RecordedEvent::event).first()
                .isInstanceOf(HealthCarriedForward.class);
    }

    @Test
    void a_component_silent_for_longer_than_the_look_back_starts_unchecked() {
        apiFaults.goDark();
        everyFiveMinutes(checker(), 2);
        clock.advance(Duration.ofHours(2));

        HealthCheckReport afterTheQuiet = everyFiveMinutes(checker(), 1).getFirst();

        assertThat(afterTheQuiet.statuses()).as("one failure, not the third").containsEntry(Component.API, HealthStatus.DEGRADED);
        assertThat(table.readStream(API.streamAt(clock.instant()))).extracting(RecordedEvent::event)
                .noneMatch(HealthCarriedForward.class::isInstance);
    }

    @Test
    void a_component_silent_within_the_look_back_goes_on_where_it_stood() {
        apiFaults.goDark();
        everyFiveMinutes(checker(), 2);
        clock.advance(Duration.ofMinutes(70));

        HealthCheckReport afterTheQuiet = everyFiveMinutes(checker(), 1).getFirst();

        assertThat(afterTheQuiet.statuses()).containsEntry(Component.API, HealthStatus.UNHEALTHY);
    }

    private RunHealthCheck checker() {
        return checkerOver(table);
    }

    private RunHealthCheck checkerOver(EventStore store) {
        AlertNotifier counting = alert -> {
            notifyCalls.add(alert);
            return pager.notify(alert);
        };
        return new RunHealthCheck(REGION, List.of(probe(Component.API, apiFaults), probe(Component.TABLE, regionFaults),
                probe(Component.FUNCTIONS, regionFaults)), store, counting, metrics, POLICY);
    }

    private HealthProbe probe(Component component, Faults faults) {
        return new SimulatedHealthProbe(component, region -> faults, clock, Duration.ofMillis(40), Duration.ofSeconds(3));
    }

    private List<HealthCheckReport> everyFiveMinutes(RunHealthCheck checker, int times) {
        return IntStream.range(0, times).mapToObj(unused -> {
            clock.advance(Duration.ofMinutes(5));
            return checker.run();
        }).toList();
    }

    /** Counts the stream reads. */
    private static final class StreamReadCounting extends ForwardingEventStore {

        private int streamReads;

        StreamReadCounting(EventStore store) {
            super(store);
        }

        int streamReads() {
            return streamReads;
        }

        @Override
        public List<RecordedEvent> readStream(StreamId stream) {
            streamReads++;
            return super.readStream(stream);
        }
    }
}
