package dev.opsledger.local.regions;

import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.MetricsRecorder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A region's CloudWatch metrics in a server that runs for hours: only the latest value of each metric and
 * dimensions is kept, so memory stays bounded by the number of series, not of requests.
 */
public final class LatestMetrics implements MetricsRecorder {

    private record Series(String name, Map<String, String> dimensions) {
    }

    private final Map<Series, Metric> latest = new ConcurrentHashMap<>();

    @Override
    public void record(Metric metric) {
        latest.put(new Series(metric.name(), Map.copyOf(metric.dimensions())), metric);
    }

    public Optional<Metric> latest(String name, Map<String, String> dimensions) {
        return Optional.ofNullable(latest.get(new Series(name, Map.copyOf(dimensions))));
    }
}
