package dev.opsledger.application.health.summary;

import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One component in one region: its status (healthy until a transition says otherwise), since when, and its latest check. */
public record ComponentSummary(
        Region region,
        Component component,
        HealthStatus status,
        Optional<Instant> statusSince,
        Optional<CheckResult> lastCheck) {

    public ComponentSummary {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(lastCheck, "lastCheck");
    }
}
