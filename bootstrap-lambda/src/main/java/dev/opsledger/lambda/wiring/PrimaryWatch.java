package dev.opsledger.lambda.wiring;

import dev.opsledger.application.failover.EvaluateFailover;
import dev.opsledger.application.health.HealthCheckReport;
import dev.opsledger.application.health.RunHealthCheck;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.failover.ActiveRegion;
import java.util.Objects;
import java.util.Optional;

/**
 * The secondary region's watch over the primary: a health check of the primary's components, recorded in
 * the secondary's log, whose report feeds the failover decision.
 */
public record PrimaryWatch(RunHealthCheck primaryCheck, EvaluateFailover failover) {

    public PrimaryWatch {
        Objects.requireNonNull(primaryCheck, "primaryCheck");
        Objects.requireNonNull(failover, "failover");
    }

    /** A control store out of reach skips this decision only: the next check counts again and retries. */
    public Watched check() {
        HealthCheckReport report = primaryCheck.run();
        try {
            return new Watched(report, failover.observe(report), Optional.empty());
        } catch (ServiceUnavailable controlStoreUnreachable) {
            return new Watched(report, Optional.empty(), Optional.of(controlStoreUnreachable.getMessage()));
        }
    }

    /**
     * What one check of the primary saw, the region now active if it made the system fail over, and why
     * the decision could not be taken if it could not.
     */
    public record Watched(HealthCheckReport report, Optional<ActiveRegion> failedOverTo, Optional<String> undecided) {
    }
}
