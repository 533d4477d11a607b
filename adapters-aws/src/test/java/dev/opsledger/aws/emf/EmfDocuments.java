package dev.opsledger.aws.emf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.application.port.Metric;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads back what a recorder wrote: the lines, parsed, and the metrics CloudWatch would extract from them. */
final class EmfDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmfDocuments() {
    }

    static List<JsonNode> lines(ByteArrayOutputStream written) {
        return Arrays.stream(written.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank())
                .map(EmfDocuments::parse)
                .toList();
    }

    static List<Metric> metrics(ByteArrayOutputStream written) {
        return lines(written).stream().filter(line -> line.has("_aws")).map(EmfDocuments::metricOf).toList();
    }

    private static Metric metricOf(JsonNode document) {
        JsonNode directive = document.get("_aws").get("CloudWatchMetrics").get(0);
        JsonNode definition = directive.get("Metrics").get(0);
        String name = definition.get("Name").asText();
        Map<String, String> dimensions = new TreeMap<>();
        directive.get("Dimensions").get(0).forEach(key -> dimensions.put(key.asText(), document.get(key.asText()).asText()));
        Metric.Unit unit = Arrays.stream(Metric.Unit.values())
                .filter(candidate -> EmfMetricsRecorder.unitOf(candidate).equals(definition.get("Unit").asText()))
                .findFirst().orElseThrow();
        return new Metric(name, document.get(name).asDouble(), unit, dimensions,
                Instant.ofEpochMilli(document.get("_aws").get("Timestamp").asLong()));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON line: " + line, e);
        }
    }
}
