package dev.opsledger.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.Metric.Unit;
import dev.opsledger.inmemory.fault.Faults;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingMetricsRecorderTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final Map<String, String> EAST = Map.of("Region", "us-east-1");

    private final Faults faults = new Faults();
    private final RecordingMetricsRecorder recorder = new RecordingMetricsRecorder(faults);

    @Test
    void finds_the_latest_metric_of_a_name_and_exact_dimensions() {
        recorder.record(metric("ReplicationLagSeconds", 4, EAST));
        recorder.record(metric("ReplicationLagSeconds", 9, EAST));
        recorder.record(metric("ReplicationLagSeconds", 1, Map.of("Region", "us-east-1", "Route", "dr")));

        assertThat(recorder.latest("ReplicationLagSeconds", EAST)).map(Metric::value).contains(9.0);
        assertThat(recorder.latest("ReplicationLagSeconds", Map.of())).isEmpty();
    }

    @Test
    void drops_and_counts_metrics_while_its_region_is_dark() {
        faults.goDark();
        recorder.record(metric("Writes", 1, EAST));
        faults.restore();
        recorder.record(metric("Writes", 2, EAST));

        assertThat(recorder.dropped()).isEqualTo(1);
        assertThat(recorder.recorded()).extracting(Metric::value).containsExactly(2.0);
    }

    @Test
    void keeps_recording_through_throttling_and_failing_calls_which_never_reach_it() {
        faults.throttle(true);
        faults.failNext(3);
        recorder.record(metric("Writes", 1, EAST));

        assertThat(recorder.recorded()).hasSize(1);
        assertThat(faults.pendingFailures()).isEqualTo(3);
    }

    private static Metric metric(String name, double value, Map<String, String> dimensions) {
        return new Metric(name, value, Unit.COUNT, dimensions, NOON);
    }
}
