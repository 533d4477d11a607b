package dev.opsledger.lambda.wiring;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.domain.health.HealthPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How often the health check runs within one scheduled invocation. EventBridge starts the function at
 * most once a minute, so an interval under a minute is served by several checks in one invocation:
 * {@value #INTERVAL} seconds apart, as many as fit in the minute. {@value #FAILURE_THRESHOLD} consecutive
 * failed checks make a component unhealthy and, watching the primary, make the secondary fail over.
 * Without these variables the function runs {@link FailoverSchedule#AS_DEPLOYED}, the schedule the stacks
 * deploy and the simulator's {@code as-deployed} scenario measures.
 */
public record HealthCheckSettings(Duration interval, int failureThreshold) {

    public static final String INTERVAL = "OPSLEDGER_HEALTH_CHECK_INTERVAL_SECONDS";
    public static final String FAILURE_THRESHOLD = "OPSLEDGER_FAILURE_THRESHOLD";
    public static final Duration SCHEDULE_PERIOD = FailoverSchedule.SCHEDULE_PERIOD;
    private static final FailoverSchedule DEFAULTS = FailoverSchedule.AS_DEPLOYED;

    public HealthCheckSettings {
        if (interval.isNegative() || interval.isZero() || interval.compareTo(SCHEDULE_PERIOD) > 0) {
            throw new IllegalStateException("the environment variable " + INTERVAL + " must be 1 to 60 seconds, was "
                    + interval.toSeconds());
        }
        if (failureThreshold < 1) {
            throw new IllegalStateException("the environment variable " + FAILURE_THRESHOLD
                    + " must be at least 1, was " + failureThreshold);
        }
    }

    public static HealthCheckSettings fromEnvironment(Map<String, String> env) {
        return new HealthCheckSettings(Duration.ofSeconds(number(env, INTERVAL).orElse(DEFAULTS.checkInterval().toSeconds())),
                Math.toIntExact(number(env, FAILURE_THRESHOLD).orElse((long) DEFAULTS.failureThreshold())));
    }

    /** The checks of one invocation: as many intervals as fit in the schedule's period. */
    public int checksPerInvocation() {
        return (int) (SCHEDULE_PERIOD.toSeconds() / interval.toSeconds());
    }

    public HealthPolicy policy() {
        return new HealthPolicy(failureThreshold, HealthPolicy.DEFAULT.slowAfter());
    }

    private static Optional<Long> number(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty()).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                throw new IllegalStateException("the environment variable " + name + " must be a whole number, was '"
                        + value + "'");
            }
        });
    }
}
