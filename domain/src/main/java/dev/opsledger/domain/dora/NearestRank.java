package dev.opsledger.domain.dora;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Percentiles by the nearest-rank method: of n values sorted ascending, the p-th percentile is the
 * value at 1-based rank ⌈p × n / 100⌉, always one of the observed values. Used for p90; the median is
 * the {@link Median statistical one}.
 */
final class NearestRank {

    private NearestRank() {
    }

    static Optional<Duration> percentile(Collection<Duration> values, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be within 1..100, was " + percent);
        }
        int rank = (percent * values.size() + 99) / 100;
        return values.stream().sorted().skip(Math.max(rank - 1, 0)).findFirst();
    }
}
