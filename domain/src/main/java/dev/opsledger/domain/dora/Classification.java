package dev.opsledger.domain.dora;

import java.util.Map;
import java.util.Optional;

/** The level a figure reaches in each benchmark edition; no level at all when the figure has no data. */
public record Classification(Map<BenchmarkEdition, PerformanceLevel> levels) {

    private static final Classification UNCLASSIFIED = new Classification(Map.of());

    public Classification {
        levels = Map.copyOf(levels);
    }

    public static Classification unclassified() {
        return UNCLASSIFIED;
    }

    public Optional<PerformanceLevel> level(BenchmarkEdition edition) {
        return Optional.ofNullable(levels.get(edition));
    }
}
