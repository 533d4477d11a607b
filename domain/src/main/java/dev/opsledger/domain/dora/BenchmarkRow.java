package dev.opsledger.domain.dora;

import java.util.Objects;

/**
 * One cell of a benchmark table: a figure of {@code metric} reaches {@code level} in {@code edition}
 * when it lies within {@code bound} of {@code limit}, written in the metric's unit.
 */
public record BenchmarkRow(BenchmarkEdition edition, DoraMetric metric, PerformanceLevel level, Bound bound, double limit) {

    public enum Bound {
        BELOW,
        AT_MOST,
        ABOVE,
        AT_LEAST
    }

    public BenchmarkRow {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(bound, "bound");
    }

    public boolean admits(double value) {
        return switch (bound) {
            case BELOW -> value < limit;
            case AT_MOST -> value <= limit;
            case ABOVE -> value > limit;
            case AT_LEAST -> value >= limit;
        };
    }
}
