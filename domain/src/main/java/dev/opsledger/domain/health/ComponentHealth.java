package dev.opsledger.domain.health;

import java.time.Instant;
import java.util.Objects;

public sealed interface ComponentHealth {

    record Unchecked() implements ComponentHealth {
    }

    record Checked(
            ComponentKey component,
            HealthStatus status,
            int consecutiveFailures,
            Instant lastCheckedAt) implements ComponentHealth {

        public Checked {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(lastCheckedAt, "lastCheckedAt");
            if (consecutiveFailures < 0) {
                throw new IllegalArgumentException("consecutiveFailures must not be negative, was " + consecutiveFailures);
            }
        }
    }
}
