package dev.opsledger.application.failover;

import dev.opsledger.application.health.HealthCheckReport;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/** Health check reports of a region as the health check would hand them to failover. */
final class PrimaryReports {

    private final Region region;
    private final InstantSource clock;

    PrimaryReports(Region region, InstantSource clock) {
        this.region = region;
        this.clock = clock;
    }

    HealthCheckReport passing() {
        CheckResult ok = CheckResult.passed(Duration.ofMillis(35), clock.instant());
        return new HealthCheckReport(region, Map.of(Component.API, ok, Component.TABLE, ok),
                Map.of(Component.API, HealthStatus.HEALTHY, Component.TABLE, HealthStatus.HEALTHY), clock.instant());
    }

    HealthCheckReport failing() {
        CheckResult refused = CheckResult.failed(Duration.ofSeconds(3), "connection refused", clock.instant());
        CheckResult ok = CheckResult.passed(Duration.ofMillis(35), clock.instant());
        return new HealthCheckReport(region, Map.of(Component.API, refused, Component.TABLE, ok),
                Map.of(Component.API, HealthStatus.UNHEALTHY, Component.TABLE, HealthStatus.HEALTHY), clock.instant());
    }
}
