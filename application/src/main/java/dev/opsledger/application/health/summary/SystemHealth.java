package dev.opsledger.application.health.summary;

import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /health} answers, as {@link ReportSystemHealth} judged it at {@code at}: the overall
 * {@code status} and the {@code reasons} for it (empty when healthy), the active region, each region x
 * component the summary knows, each replication route, and the latest failovers and failbacks, newest
 * first. Ages are measured from {@code at}.
 */
public record SystemHealth(
        HealthStatus status,
        List<String> reasons,
        Instant at,
        ActiveRegionReport activeRegion,
        List<ComponentReport> components,
        List<RouteReport> routes,
        List<SwitchSummary> switches) {

    public SystemHealth {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(activeRegion, "activeRegion");
        components = List.copyOf(components);
        routes = List.copyOf(routes);
        switches = List.copyOf(switches);
    }

    /**
     * The region that accepts writes under {@code epoch}; while {@code switching}, the region taking over,
     * and none accepts writes. {@code since} is empty when no switch was ever recorded and the primary has
     * been active from the start, at epoch 0.
     */
    public record ActiveRegionReport(Region region, long epoch, boolean switching, Optional<Instant> since) {

        public ActiveRegionReport {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(since, "since");
        }
    }

    /** One component in one region; {@code stale} when never checked or checked longer ago than the threshold. */
    public record ComponentReport(
            Region region,
            Component component,
            HealthStatus status,
            Optional<Instant> statusSince,
            Optional<CheckResult> lastCheck,
            Optional<Duration> lastCheckAge,
            boolean stale) {

        public ComponentReport {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(statusSince, "statusSince");
            Objects.requireNonNull(lastCheck, "lastCheck");
            Objects.requireNonNull(lastCheckAge, "lastCheckAge");
        }
    }

    /** One replication route: its last observed lag, when and how long ago, its checkpoint, and its failures since the last success. */
    public record RouteReport(
            ReplicationRoute route,
            Optional<Duration> lag,
            Optional<Instant> lagObservedAt,
            Optional<Duration> lagAge,
            Optional<LogPosition> checkpoint,
            int consecutiveFailures) {

        public RouteReport {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(lag, "lag");
            Objects.requireNonNull(lagObservedAt, "lagObservedAt");
            Objects.requireNonNull(lagAge, "lagAge");
            Objects.requireNonNull(checkpoint, "checkpoint");
        }
    }
}
