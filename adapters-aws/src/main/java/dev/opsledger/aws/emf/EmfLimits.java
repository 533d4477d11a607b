package dev.opsledger.aws.emf;

import dev.opsledger.application.port.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What CloudWatch accepts from an embedded-metric-format document, so that a metric it would silently
 * drop is dropped here, counted and reported instead. Limits from CloudWatch's {@code MetricDatum} and
 * {@code Dimension} references and AWS's EMF client libraries.
 */
final class EmfLimits {

    private static final int MAX_DIMENSIONS = 30;
    private static final int MAX_METRIC_NAME = 255;
    private static final int MAX_DIMENSION_NAME = 250;
    private static final int MAX_DIMENSION_VALUE = 1024;
    private static final int MAX_NAMESPACE = 256;
    private static final Duration MAX_PAST = Duration.ofDays(14);
    private static final Duration MAX_FUTURE = Duration.ofHours(2);
    private static final double MAX_MAGNITUDE = Math.pow(2, 360);
    private static final double MIN_MAGNITUDE = Math.pow(2, -360);
    private static final Pattern NAMESPACE = Pattern.compile("[a-zA-Z0-9._#:/-]+");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7e]+");
    private static final String METADATA_MEMBER = "_aws";

    private EmfLimits() {
    }

    static void checkNamespace(String namespace) {
        if (namespace.length() > MAX_NAMESPACE || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("CloudWatch namespace must be 1 to " + MAX_NAMESPACE
                    + " characters of [a-zA-Z0-9._#:/-], was '" + namespace + "'");
        }
    }

    /** Why CloudWatch would refuse {@code metric} at {@code now}, if it would. */
    static Optional<String> violation(Metric metric, Instant now) {
        if (!isText(metric.name(), MAX_METRIC_NAME) || metric.name().equals(METADATA_MEMBER)) {
            return Optional.of("name must be 1 to " + MAX_METRIC_NAME + " printable ASCII characters, not only blanks");
        }
        double magnitude = Math.abs(metric.value());
        if (magnitude > MAX_MAGNITUDE || (magnitude != 0 && magnitude < MIN_MAGNITUDE)) {
            return Optional.of("value " + metric.value() + " is outside CloudWatch's range of 2^-360 to 2^360");
        }
        if (metric.at().isBefore(now.minus(MAX_PAST)) || metric.at().isAfter(now.plus(MAX_FUTURE))) {
            return Optional.of("time " + metric.at() + " is more than 14 days before or 2 hours after " + now);
        }
        if (metric.dimensions().size() > MAX_DIMENSIONS) {
            return Optional.of(metric.dimensions().size() + " dimensions, at most " + MAX_DIMENSIONS + " allowed");
        }
        return metric.dimensions().entrySet().stream()
                .map(dimension -> dimensionViolation(dimension, metric.name()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> dimensionViolation(Map.Entry<String, String> dimension, String metricName) {
        String name = dimension.getKey();
        if (!isText(name, MAX_DIMENSION_NAME) || name.startsWith(":")) {
            return Optional.of("dimension name '" + name + "' must be 1 to " + MAX_DIMENSION_NAME
                    + " printable ASCII characters, not only blanks, not starting with ':'");
        }
        if (name.equals(metricName) || name.equals(METADATA_MEMBER)) {
            return Optional.of("dimension name '" + name + "' clashes with a member of the document");
        }
        if (!isText(dimension.getValue(), MAX_DIMENSION_VALUE)) {
            return Optional.of("value of dimension '" + name + "' must be 1 to " + MAX_DIMENSION_VALUE
                    + " printable ASCII characters, not only blanks");
        }
        return Optional.empty();
    }

    private static boolean isText(String text, int maxLength) {
        return text.length() <= maxLength && !text.isBlank() && PRINTABLE_ASCII.matcher(text).matches();
    }
}
