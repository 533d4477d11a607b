package dev.opsledger.simulation;

import dev.opsledger.application.failover.FailoverSchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * How the deployed health checker serves a check interval. EventBridge starts it at most once a
 * {@linkplain FailoverSchedule#SCHEDULE_PERIOD minute}, so an interval under a minute is served by several
 * rounds in one invocation, as many as fit in the minute, each {@code interval} after the one before; an
 * interval of a minute or more is a schedule of its own, one round per invocation.
 */
record CheckerInvocations(Duration period, int roundsPerInvocation, Duration interval) {

    CheckerInvocations {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(interval, "interval");
        if (roundsPerInvocation < 1 || interval.multipliedBy(roundsPerInvocation).compareTo(period) > 0) {
            throw new IllegalArgumentException(roundsPerInvocation + " rounds " + interval + " apart do not fit in "
                    + period);
        }
    }

    static CheckerInvocations serving(Duration interval) {
        if (interval.compareTo(FailoverSchedule.SCHEDULE_PERIOD) >= 0) {
            return new CheckerInvocations(interval, 1, interval);
        }
        int rounds = (int) (FailoverSchedule.SCHEDULE_PERIOD.toMillis() / interval.toMillis());
        return new CheckerInvocations(FailoverSchedule.SCHEDULE_PERIOD, rounds, interval);
    }

    /** When round {@code round} (from 0) is due, counted from the start of its invocation. */
    Duration slot(int round) {
        return interval.multipliedBy(round);
    }
}
