package dev.opsledger.application.port;

import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;

/**
 * Something an operator must hear about. {@code problemKey} names the open problem (for example
 * "health:us-east-1:api"): repeated alerts for the same open problem are one notification.
 */
public record Alert(String problemKey, AlertSeverity severity, Region region, String subject, String message, Instant raisedAt) {

    public Alert {
        Objects.requireNonNull(problemKey, "problemKey");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public enum AlertSeverity {
        CRITICAL,
        WARNING,
        RESOLVED
    }
}
