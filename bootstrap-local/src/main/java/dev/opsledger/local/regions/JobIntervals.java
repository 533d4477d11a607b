package dev.opsledger.local.regions;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the background work runs. The defaults are the deployed system's where a schedule can hold
 * them (the reconciler's minute), and quicker where Lambda is driven by streams (projection, publishing).
 *
 * @param healthCheck      between two health checks of every region
 * @param failureThreshold failed checks of the primary in a row that move writes to the secondary
 * @param failbackAfter    how long the primary must pass every check before writes move back
 * @param reconcile        between two reconciler passes
 * @param project          between two projection passes over a region's feed
 * @param publish          between two publishing passes of the active region
 * @param streamRetry      before a change-stream record the target refused is delivered again
 * @param feedLookBack     how far behind its checkpoint every feed reader looks again. Each pass re-reads that
 *                         much of the log, so it costs write rate × look-back: AWS needs two minutes for its
 *                         index's delay and the writers' clock skew, but here every writer shares one clock and
 *                         the feed shows a commit within milliseconds, so ten seconds leave a wide margin
 */
public record JobIntervals(Duration healthCheck, int failureThreshold, Duration failbackAfter, Duration reconcile,
        Duration project, Duration publish, Duration streamRetry, Duration feedLookBack) {

    public JobIntervals {
        for (Duration interval : new Duration[] {healthCheck, failbackAfter, reconcile, project, publish, streamRetry,
                feedLookBack}) {
            if (!Objects.requireNonNull(interval, "interval").isPositive()) {
                throw new IllegalArgumentException("every interval must be positive, got " + interval);
            }
        }
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
    }

    public static final Duration DEFAULT_HEALTH_CHECK = Duration.ofSeconds(10);

    /** Passing checks in a row before failback, so a quicker check also fails back sooner (a minute by default). */
    static final int FAILBACK_AFTER_CHECKS = 6;

    public static JobIntervals defaults() {
        return checkingEvery(DEFAULT_HEALTH_CHECK);
    }

    /** The defaults with health checks every {@code healthCheck}, and failback after six passing checks. */
    public static JobIntervals checkingEvery(Duration healthCheck) {
        return new JobIntervals(healthCheck, 3, healthCheck.multipliedBy(FAILBACK_AFTER_CHECKS), Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(10));
    }
}
