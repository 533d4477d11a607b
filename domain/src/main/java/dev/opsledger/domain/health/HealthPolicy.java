package dev.opsledger.domain.health;

import java.time.Duration;
import java.util.Objects;

/**
 * When a component counts as degraded or unhealthy: a passing check slower than {@code slowAfter}, or
 * any failure, degrades it; {@code failuresUntilUnhealthy} consecutive failures make it unhealthy.
 */
public record HealthPolicy(int failuresUntilUnhealthy, Duration slowAfter) {

    public static final HealthPolicy DEFAULT = new HealthPolicy(3, Duration.ofSeconds(2));

    public HealthPolicy {
        Objects.requireNonNull(slowAfter, "slowAfter");
        if (failuresUntilUnhealthy < 1) {
            throw new IllegalArgumentException("failuresUntilUnhealthy must be at least 1, was " + failuresUntilUnhealthy);
        }
    }
}
