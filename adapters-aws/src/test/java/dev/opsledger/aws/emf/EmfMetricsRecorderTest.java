package dev.opsledger.aws.emf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.Metric.Unit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmfMetricsRecorderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00.250Z");
    /** CloudWatch's StandardUnit values. */
    private static final Set<String> CLOUDWATCH_UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes",
            "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits",
            "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second",
            "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second",
            "Terabits/Second", "Count/Second", "None");

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final EmfMetricsRecorder recorder = new EmfMetricsRecorder(
            new PrintStream(written, true, StandardCharsets.UTF_8), "OpsLedger", InstantSource.fixed(NOW));

    @Test
    void writes_one_embedded_metric_format_document_per_metric_on_one_line() {
        recorder.record(new Metric("ProbeLatency", 120, Unit.MILLISECONDS, Map.of("Region", "us-east-1", "Component", "api"), NOW));

        List<JsonNode> lines = EmfDocuments.lines(written);
        assertThat(lines).hasSize(1);
        JsonNode document = lines.getFirst();
        assertThat(document.get("_aws").get("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        JsonNode directive = document.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("OpsLedger");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"Component\",\"Region\"]]");
        assertThat(directive.get("Metrics").toString()).isEqualTo("[{\"Name\":\"ProbeLatency\",\"Unit\":\"Milliseconds\"}]");
        assertThat(document.get("Region").asText()).isEqualTo("us-east-1");
        assertThat(document.get("Component").asText()).isEqualTo("api");
        assertThat(document.get("ProbeLatency").isNumber()).isTrue();
        assertThat(document.get("ProbeLatency").asDouble()).isEqualTo(120);
    }

    @Test
    void publishes_a_metric_without_dimensions_under_the_empty_dimension_set() {
        recorder.record(new Metric("Writes", 1, Unit.COUNT, Map.of(), NOW));

        JsonNode directive = EmfDocuments.lines(written).getFirst().get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[]]");
    }

    @Test
    void names_every_unit_as_cloudwatch_does() {
        assertThat(Arrays.stream(Unit.values()).map(EmfMetricsRecorder::unitOf)).allMatch(CLOUDWATCH_UNITS::contains);
        assertThat(EmfMetricsRecorder.unitOf(Unit.PERCENT)).isEqualTo("Percent");
    }

    @Test
    void drops_counts_and_warns_once_for_each_metric_cloudwatch_would_refuse() {
        Map<String, String> thirtyOne = IntStream.rangeClosed(1, 31).boxed()
                .collect(Collectors.toMap(i -> "D" + i, i -> "v" + i));
        List<Metric> refused = List.of(
                new Metric("Lag", 1, Unit.COUNT, thirtyOne, NOW),
                new Metric("x".repeat(256), 1, Unit.COUNT, Map.of(), NOW),
                new Metric("Lag", 1, Unit.COUNT, Map.of("Region", "ü"), NOW),
                new Metric("Lag", 1, Unit.COUNT, Map.of("Region", " "), NOW),
                new Metric("Lag", 1, Unit.COUNT, Map.of(":Region", "us-east-1"), NOW),
                new Metric("Lag", 1, Unit.COUNT, Map.of("Region", "v".repeat(1025)), NOW),
                new Metric("Lag", 1, Unit.COUNT, Map.of("Lag", "us-east-1"), NOW),
                new Metric("Lag", 1e200, Unit.COUNT, Map.of(), NOW),
                new Metric("Lag", 1, Unit.COUNT, Map.of(), NOW.minus(Duration.ofDays(15))),
                new Metric("Lag", 1, Unit.COUNT, Map.of(), NOW.plus(Duration.ofHours(3))));

        refused.forEach(recorder::record);

        List<JsonNode> lines = EmfDocuments.lines(written);
        assertThat(lines).hasSize(refused.size()).noneMatch(line -> line.has("_aws"));
        assertThat(lines).allMatch(line -> line.get("level").asText().equals("WARN"));
        assertThat(lines.getFirst().get("message").asText()).contains("31 dimensions");
        assertThat(lines.getLast().get("droppedMetrics").asLong()).isEqualTo(refused.size());
        assertThat(recorder.droppedMetrics()).isEqualTo(refused.size());
    }

    @Test
    void accepts_metrics_at_the_edges_of_cloudwatchs_limits() {
        Map<String, String> thirty = IntStream.rangeClosed(1, 30).boxed()
                .collect(Collectors.toMap(i -> "D" + i, i -> "v".repeat(1024)));

        recorder.record(new Metric("x".repeat(255), -Math.pow(2, 360), Unit.NONE, thirty, NOW.minus(Duration.ofDays(13))));
        recorder.record(new Metric("Lag", 0, Unit.SECONDS, Map.of("d".repeat(250), "us-east-1"), NOW.plus(Duration.ofMinutes(119))));

        assertThat(EmfDocuments.metrics(written)).hasSize(2);
        assertThat(recorder.droppedMetrics()).isZero();
    }

    @Test
    void refuses_a_namespace_cloudwatch_would_refuse_when_built() {
        assertThatThrownBy(() -> new EmfMetricsRecorder(System.out, "Ops Ledger!", InstantSource.fixed(NOW)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ops Ledger!");
    }
}
