package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the events say about one incident. {@code explicitCause} is the latest attribution, else the
 * cause given when it was opened; empty leaves the link to {@link DoraProjection}'s implicit rule.
 */
public record IncidentFact(
        IncidentId id,
        String service,
        String environment,
        Severity severity,
        Instant openedAt,
        Optional<Instant> resolvedAt,
        Optional<DeploymentId> explicitCause) {

    public IncidentFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(explicitCause, "explicitCause");
    }

    public boolean occursIn(String service, String environment) {
        return this.service.equals(service) && this.environment.equals(environment);
    }

    /** Opened in the scope's service and environment, at an instant inside its window. */
    public boolean openedWithin(ReportScope scope) {
        return scope.covers(service, environment) && scope.contains(openedAt);
    }

    /** Opening to resolution; a resolution stamped before the opening (clock skew) counts as zero. */
    public Optional<Duration> timeToRestore() {
        return resolvedAt.map(resolved -> Durations.nonNegative(Duration.between(openedAt, resolved)));
    }
}
