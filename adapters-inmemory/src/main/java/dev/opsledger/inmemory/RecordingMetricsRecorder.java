package dev.opsledger.inmemory;

import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.inmemory.fault.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metrics as the Embedded Metric Format delivers them: written to the function's own output, so
 * throttling or failing calls never touch them, while a dark region loses them silently.
 */
public final class RecordingMetricsRecorder implements MetricsRecorder {

    private final Faults faults;
    private final List<Metric> recorded = new ArrayList<>();
    private long dropped;

    public RecordingMetricsRecorder(Faults faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    public RecordingMetricsRecorder() {
        this(new Faults());
    }

    @Override
    public synchronized void record(Metric metric) {
        if (faults.isDark()) {
            dropped++;
            return;
        }
        recorded.add(metric);
    }

    public synchronized List<Metric> recorded() {
        return List.copyOf(recorded);
    }

    /** The most recent metric of that name with exactly those dimensions. */
    public synchronized Optional<Metric> latest(String name, Map<String, String> dimensions) {
        return recorded.reversed().stream()
                .filter(metric -> metric.name().equals(name) && metric.dimensions().equals(dimensions))
                .findFirst();
    }

    public synchronized long dropped() {
        return dropped;
    }
}
