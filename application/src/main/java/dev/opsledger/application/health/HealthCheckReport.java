package dev.opsledger.application.health;

import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One round of probes in one region: what each probe saw and the status each component is in afterwards. */
public record HealthCheckReport(
        Region region,
        Map<Component, CheckResult> results,
        Map<Component, HealthStatus> statuses,
        Instant checkedAt) {

    public HealthCheckReport {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(checkedAt, "checkedAt");
        results = Map.copyOf(results);
        statuses = Map.copyOf(statuses);
    }

    public boolean allPassed() {
        return results.values().stream().allMatch(CheckResult::passed);
    }

    public boolean anyUnhealthy() {
        return statuses.containsValue(HealthStatus.UNHEALTHY);
    }
}
