package dev.opsledger.application.port;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One data point for the monitoring system, with dimensions such as region, component and service. */
public record Metric(String name, double value, Unit unit, Map<String, String> dimensions, Instant at) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
        dimensions = Map.copyOf(new TreeMap<>(dimensions));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + name + " must be finite, was " + value);
        }
    }

    public enum Unit {
        COUNT,
        MILLISECONDS,
        SECONDS,
        PERCENT,
        NONE
    }
}
