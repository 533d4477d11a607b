package dev.opsledger.inmemory.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.Metric.Unit;
import dev.opsledger.application.port.MetricsRecorder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link MetricsRecorder} contract: what is recorded arrives intact; recording never fails the caller. */
public abstract class MetricsRecorderContract {

    private static final Instant AT = Instant.parse("2025-03-01T12:00:00.250Z");

    /** A new recorder whose output {@link #emitted()} reads back. */
    protected abstract MetricsRecorder newRecorder();

    /** Metrics that reached the monitoring system so far, in order. */
    protected abstract List<Metric> emitted();

    /** Breaks whatever the recorder writes to, as far as this implementation can be broken. */
    protected abstract void makeBackendUnavailable();

    private MetricsRecorder recorder;

    @BeforeEach
    void createRecorder() {
        recorder = newRecorder();
    }

    @Test
    void emits_each_metric_with_its_name_value_unit_dimensions_and_time() {
        Metric latency = new Metric("ProbeLatency", 120, Unit.MILLISECONDS, Map.of("Region", "us-east-1", "Component", "api"), AT);
        Metric failures = new Metric("HealthCheckFailed", 1, Unit.COUNT, Map.of("Region", "us-west-2"), AT.plusSeconds(1));

        recorder.record(latency);
        recorder.record(failures);

        assertThat(emitted()).containsExactly(latency, failures);
    }

    @Test
    void keeps_metrics_of_one_name_apart_by_dimensions() {
        Metric east = new Metric("ReplicationLagSeconds", 3, Unit.SECONDS, Map.of("Region", "us-east-1"), AT);
        Metric west = new Metric("ReplicationLagSeconds", 7, Unit.SECONDS, Map.of("Region", "us-west-2"), AT);

        recorder.record(east);
        recorder.record(west);

        assertThat(emitted()).containsExactly(east, west);
    }

    @Test
    void never_throws_while_its_backend_is_unavailable() {
        makeBackendUnavailable();

        assertThatCode(() -> recorder.record(new Metric("Writes", 1, Unit.COUNT, Map.of(), AT))).doesNotThrowAnyException();
    }
}
