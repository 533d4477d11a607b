package dev.opsledger.application.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * The timings that decide how fast a dark primary is detected and left: the one definition both the
 * deployed stacks and the simulator's {@code as-deployed} scenario read, so the RTO the simulator measures is
 * the RTO of what is deployed.
 *
 * @param checkInterval       time between two health checks of a region; EventBridge starts the checker at
 *                            most once a minute, so one invocation runs as many checks as fit in a minute
 * @param failureThreshold    consecutive failed checks of the primary before the secondary takes the writes
 * @param dnsTtl              time to live of the failover records; clients keep the old answer that long
 * @param reconcileInterval   period of the scheduled replication pass that backs up the change stream
 */
public record FailoverSchedule(Duration checkInterval, int failureThreshold, Duration dnsTtl,
        Duration reconcileInterval) {

    /** Declared first: the constructor that builds {@link #AS_DEPLOYED} compares against it. */
    private static final Duration SCHEDULE_PERIOD = Duration.ofMinutes(1);

    /** What the stacks deploy. */
    public static final FailoverSchedule AS_DEPLOYED =
            new FailoverSchedule(Duration.ofSeconds(15), 3, Duration.ofSeconds(30), Duration.ofMinutes(1));

    public FailoverSchedule {
        Objects.requireNonNull(checkInterval, "checkInterval");
        Objects.requireNonNull(dnsTtl, "dnsTtl");
        Objects.requireNonNull(reconcileInterval, "reconcileInterval");
        if (checkInterval.isNegative() || checkInterval.isZero() || checkInterval.compareTo(SCHEDULE_PERIOD) > 0
                || SCHEDULE_PERIOD.toSeconds() % checkInterval.toSeconds() != 0) {
            throw new IllegalArgumentException("checkInterval must divide a minute in whole seconds, was " + checkInterval);
        }
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        if (dnsTtl.isNegative() || reconcileInterval.compareTo(SCHEDULE_PERIOD) < 0) {
            throw new IllegalArgumentException("dnsTtl must not be negative and reconcileInterval at least a minute");
        }
    }

    /** The health checks one scheduled invocation runs. */
    public int checksPerInvocation() {
        return (int) (SCHEDULE_PERIOD.toSeconds() / checkInterval.toSeconds());
    }
}
