package dev.opsledger.application.health.summary;

import java.time.Duration;
import java.util.Objects;

/**
 * When {@link ReportSystemHealth} calls a healthy-looking system degraded: a component whose latest check
 * is older than {@code checkStaleAfter} (its checker has stopped, so its status says nothing about now),
 * or a route whose last observed lag exceeds {@code replicationLagLimit}.
 *
 * <p>{@link #DEFAULT}: a check is stale after 3 minutes, three runs of a once-a-minute schedule missed
 * (one miss is an ordinary retry; three is a checker that has stopped), and lag is too high above
 * 1 minute, the recovery point objective.
 */
public record HealthThresholds(Duration checkStaleAfter, Duration replicationLagLimit) {

    public static final HealthThresholds DEFAULT = new HealthThresholds(Duration.ofMinutes(3), Duration.ofMinutes(1));

    public HealthThresholds {
        Objects.requireNonNull(checkStaleAfter, "checkStaleAfter");
        Objects.requireNonNull(replicationLagLimit, "replicationLagLimit");
        if (!checkStaleAfter.isPositive()) {
            throw new IllegalArgumentException("checkStaleAfter must be positive, was " + checkStaleAfter);
        }
        if (replicationLagLimit.isNegative()) {
            throw new IllegalArgumentException("replicationLagLimit must not be negative, was " + replicationLagLimit);
        }
    }
}
