package dev.opsledger.bench.dynamodb;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians, spreads and percentiles, and how the results table writes numbers. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** Nearest-rank percentile of nanosecond latencies, in milliseconds. */
    static double percentileMillis(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** {@code median [min–max]}, rounded to what a noisy machine can tell apart. */
    static String spread(List<Double> values) {
        return whole(median(values)) + " [" + whole(min(values)) + "–" + whole(max(values)) + "]";
    }

    static String ratioSpread(List<Double> ratios) {
        return percent(median(ratios)) + " [" + percent(min(ratios)) + "–" + percent(max(ratios)) + "]";
    }

    static String whole(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }
}
