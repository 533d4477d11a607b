package dev.opsledger.aws.emf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes each metric as one CloudWatch Embedded Metric Format document, one JSON line, to a stream
 * (a Lambda's standard output, which CloudWatch Logs turns into metrics):
 * {@code {"_aws":{"Timestamp":<epoch ms>,"CloudWatchMetrics":[{"Namespace":..,"Dimensions":[[names]],
 * "Metrics":[{"Name":..,"Unit":..}]}]},"<dimension>":"<value>",..,"<name>":<value>}}.
 *
 * <p>One metric per document keeps every document far under EMF's 100 metrics. A metric CloudWatch
 * would refuse (see {@link EmfLimits}) is dropped, counted in {@link #droppedMetrics()} and reported on
 * one warning line; recording never throws.
 */
public final class EmfMetricsRecorder implements MetricsRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final String namespace;
    private final InstantSource clock;
    private final AtomicLong dropped = new AtomicLong();

    public EmfMetricsRecorder(PrintStream out, String namespace, InstantSource clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.clock = Objects.requireNonNull(clock, "clock");
        EmfLimits.checkNamespace(namespace);
    }

    @Override
    public void record(Metric metric) {
        try {
            Optional<String> violation = EmfLimits.violation(metric, clock.instant());
            if (violation.isPresent()) {
                drop(metric, violation.get());
            } else {
                out.println(document(metric));
            }
        } catch (RuntimeException unexpected) {
            drop(metric, unexpected.toString());
        }
    }

    /** Metrics dropped since this recorder was made. */
    public long droppedMetrics() {
        return dropped.get();
    }

    private String document(Metric metric) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode directive = root.putObject("_aws")
                .put("Timestamp", metric.at().toEpochMilli())
                .putArray("CloudWatchMetrics").addObject()
                .put("Namespace", namespace);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        new TreeMap<>(metric.dimensions()).forEach((name, value) -> {
            dimensionSet.add(name);
            root.put(name, value);
        });
        directive.putArray("Metrics").addObject().put("Name", metric.name()).put("Unit", unitOf(metric.unit()));
        root.put(metric.name(), metric.value());
        return root.toString();
    }

    static String unitOf(Metric.Unit unit) {
        return switch (unit) {
            case COUNT -> "Count";
            case MILLISECONDS -> "Milliseconds";
            case SECONDS -> "Seconds";
            case PERCENT -> "Percent";
            case NONE -> "None";
        };
    }

    private void drop(Metric metric, String reason) {
        long total = dropped.incrementAndGet();
        try {
            out.println(JSON.createObjectNode()
                    .put("level", "WARN")
                    .put("message", "metric " + metric.name() + " dropped: " + reason)
                    .put("droppedMetrics", total));
        } catch (RuntimeException unwritable) {
            // Nothing left to tell: the stream that would carry the warning is the one that failed.
        }
    }
}
