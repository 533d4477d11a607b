package dev.opsledger.domain.health;

import java.time.Instant;

public sealed interface ComponentHealth {

    record Unchecked() implements ComponentHealth {
    }

    record Checked(
            ComponentKey component,
            HealthStatus status,
            int consecutiveFailures,
            Instant lastCheckedAt) implements ComponentHealth {
    }
}
