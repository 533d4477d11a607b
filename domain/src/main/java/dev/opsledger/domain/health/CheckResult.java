package dev.opsledger.domain.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What one probe saw: whether the component answered correctly, how fast, and why it failed if it did. */
public record CheckResult(boolean passed, Duration latency, String reason, Instant checkedAt) {

    public CheckResult {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
    }

    public static CheckResult passed(Duration latency, Instant checkedAt) {
        return new CheckResult(true, latency, "ok", checkedAt);
    }

    public static CheckResult failed(Duration latency, String reason, Instant checkedAt) {
        return new CheckResult(false, latency, reason, checkedAt);
    }
}
