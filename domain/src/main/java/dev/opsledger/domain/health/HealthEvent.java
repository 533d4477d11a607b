package dev.opsledger.domain.health;

import dev.opsledger.domain.shared.DomainEvent;
import java.time.Instant;

public sealed interface HealthEvent extends DomainEvent {

    ComponentKey component();

    record CheckRecorded(ComponentKey component, CheckResult result) implements HealthEvent {
    }

    /**
     * The state a component's health stream starts from: the first event of an hour's stream, carried from the
     * stream before it, so that a reader needs no earlier hour.
     */
    record HealthCarriedForward(ComponentKey component, HealthStatus status, int consecutiveFailures, Instant lastCheckedAt)
            implements HealthEvent {
    }

    /** A transition; {@code to == HEALTHY} after a worse status is a recovery. */
    record StatusChanged(ComponentKey component, HealthStatus from, HealthStatus to, String reason, Instant changedAt)
            implements HealthEvent {

        public boolean isRecovery() {
            return to == HealthStatus.HEALTHY && from != HealthStatus.HEALTHY;
        }
    }
}
