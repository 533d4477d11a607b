package dev.opsledger.application.health.summary;

import dev.opsledger.application.health.summary.SystemHealth.ActiveRegionReport;
import dev.opsledger.application.health.summary.SystemHealth.ComponentReport;
import dev.opsledger.application.health.summary.SystemHealth.RouteReport;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers {@code GET /health}: reads the region's health summary and judges the system's overall status.
 *
 * <ul>
 *   <li><b>Unhealthy</b> when no region accepts writes because a failover or failback is under way, or
 *       when a component of the active region (the region taking over, during a switch) is unhealthy.</li>
 *   <li><b>Degraded</b>, otherwise, when no component has been checked yet; when any component of any
 *       region is not healthy, or was never checked, or was last checked longer ago than
 *       {@link HealthThresholds#checkStaleAfter()}; or when a replication route has failed since its last
 *       success or last observed a lag above {@link HealthThresholds#replicationLagLimit()}.</li>
 *   <li><b>Healthy</b> otherwise.</li>
 * </ul>
 * A stale check only degrades: it says nothing about now, neither good nor bad. Until a switch is recorded
 * the primary is active at epoch 0. A check stamped after now (clock skew between regions) has age zero.
 * Every rule that holds adds a reason, so a degraded passive region still shows beside an unhealthy
 * active one. Throws {@link ServiceUnavailable} when the summary cannot be read.
 */
public final class ReportSystemHealth {

    private final HealthSummaryReadModel summaries;
    private final InstantSource clock;
    private final RegionPair regions;
    private final HealthThresholds thresholds;

    public ReportSystemHealth(HealthSummaryReadModel summaries, InstantSource clock, RegionPair regions,
            HealthThresholds thresholds) {
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public SystemHealth report() {
        HealthSummary summary = summaries.read();
        Instant now = clock.instant();
        ActiveRegionReport active = summary.activeRegion()
                .map(region -> new ActiveRegionReport(region.region(), region.epoch(), region.switching(),
                        Optional.of(region.since())))
                .orElseGet(() -> new ActiveRegionReport(regions.primary(), 0, false, Optional.empty()));
        List<ComponentReport> components = summary.components().stream().map(component -> report(component, now)).toList();
        List<RouteReport> routes = summary.routes().stream().map(route -> report(route, now)).toList();
        Verdict verdict = new Verdict();
        judgeSwitch(verdict, active);
        judgeComponents(verdict, active, components);
        judgeRoutes(verdict, routes);
        return new SystemHealth(verdict.status, verdict.reasons, now, active, components, routes, summary.switches());
    }

    private static void judgeSwitch(Verdict verdict, ActiveRegionReport active) {
        if (active.switching()) {
            verdict.add(HealthStatus.UNHEALTHY, "a switch to " + active.region() + " (epoch " + active.epoch()
                    + ") is under way: no region accepts writes");
        }
    }

    private void judgeComponents(Verdict verdict, ActiveRegionReport active, List<ComponentReport> components) {
        if (components.isEmpty()) {
            verdict.add(HealthStatus.DEGRADED, "no component has been checked yet");
        }
        for (ComponentReport component : components) {
            String name = component.component() + " in " + component.region();
            if (component.status() == HealthStatus.DEGRADED) {
                verdict.add(HealthStatus.DEGRADED, name + " is degraded");
            }
            if (component.status() == HealthStatus.UNHEALTHY && component.region().equals(active.region())) {
                verdict.add(HealthStatus.UNHEALTHY, name + ", the active region, is unhealthy");
            } else if (component.status() == HealthStatus.UNHEALTHY) {
                verdict.add(HealthStatus.DEGRADED, name + " is unhealthy");
            }
            if (component.lastCheck().isEmpty()) {
                verdict.add(HealthStatus.DEGRADED, name + " has never been checked");
            } else if (component.stale()) {
                verdict.add(HealthStatus.DEGRADED, name + " was last checked " + component.lastCheckAge().orElseThrow()
                        + " ago, longer than " + thresholds.checkStaleAfter());
            }
        }
    }

    private void judgeRoutes(Verdict verdict, List<RouteReport> routes) {
        for (RouteReport route : routes) {
            String name = "replication " + route.route().source() + " > " + route.route().target();
            if (route.consecutiveFailures() > 0) {
                verdict.add(HealthStatus.DEGRADED, name + " has failed " + route.consecutiveFailures()
                        + " times since its last success");
            }
            route.lag().filter(lag -> lag.compareTo(thresholds.replicationLagLimit()) > 0).ifPresent(lag ->
                    verdict.add(HealthStatus.DEGRADED, name + " lags " + lag + ", more than " + thresholds.replicationLagLimit()));
        }
    }

    private ComponentReport report(ComponentSummary component, Instant now) {
        Optional<Duration> age = component.lastCheck().map(CheckResult::checkedAt).map(checked -> ageAt(checked, now));
        boolean stale = age.map(known -> known.compareTo(thresholds.checkStaleAfter()) > 0).orElse(true);
        return new ComponentReport(component.region(), component.component(), component.status(),
                component.statusSince(), component.lastCheck(), age, stale);
    }

    private static RouteReport report(RouteSummary route, Instant now) {
        return new RouteReport(route.route(), route.lag(), route.lagObservedAt(),
                route.lagObservedAt().map(observed -> ageAt(observed, now)), route.checkpoint(), route.consecutiveFailures());
    }

    private static Duration ageAt(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** The worst status any rule gave, and every rule's reason in the order judged. */
    private static final class Verdict {

        private HealthStatus status = HealthStatus.HEALTHY;
        private final List<String> reasons = new ArrayList<>();

        void add(HealthStatus atLeast, String reason) {
            if (atLeast.compareTo(status) > 0) {
                status = atLeast;
            }
            reasons.add(reason);
        }
    }
}
