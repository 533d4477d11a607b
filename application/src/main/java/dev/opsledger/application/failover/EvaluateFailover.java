package dev.opsledger.application.failover;

import dev.opsledger.application.health.HealthCheckReport;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.Failover;
import dev.opsledger.domain.failover.Failover.Steady;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailover;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailover;
import dev.opsledger.domain.failover.RegionPair;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides from the primary's health checks when to move writes to the secondary: after
 * {@code failureThreshold} consecutive checks in which some probe failed (one passing check starts the
 * count again, so a blip never fails over). The failover is recorded in the secondary's store, the
 * control store, because the primary is the region that is failing.
 *
 * <p>Runs in the secondary region. A crash in the middle of a failover is finished by the next failing
 * check once the count is reached again: the failover stream shows the switch under way and it resumes
 * there. The store's {@code ServiceUnavailable} propagates: the next check retries.
 */
public final class EvaluateFailover {

    private final RegionPair regions;
    private final TrafficRouter router;
    private final int failureThreshold;
    private final InstantSource clock;
    private final RegionSwitch regionSwitch;
    private final FailoverAlerts alerts;
    private int consecutiveFailures;

    public EvaluateFailover(RegionPair regions, TrafficRouter router, EventStore controlStore, int failureThreshold,
            AlertNotifier notifier, InstantSource clock) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.router = Objects.requireNonNull(router, "router");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.regionSwitch = new RegionSwitch(regions, router, Objects.requireNonNull(controlStore, "controlStore"), clock);
        this.alerts = new FailoverAlerts(Objects.requireNonNull(notifier, "notifier"), regions);
    }

    /** Counts the report in; returns the region now active when this report made the system fail over. */
    public Optional<ActiveRegion> observe(HealthCheckReport primaryReport) {
        if (!primaryReport.region().equals(regions.primary())) {
            throw new IllegalArgumentException("failover watches " + regions.primary() + ", got a report of "
                    + primaryReport.region());
        }
        if (primaryReport.allPassed()) {
            consecutiveFailures = 0;
            return Optional.empty();
        }
        consecutiveFailures++;
        if (consecutiveFailures < failureThreshold) {
            return Optional.empty();
        }
        Failover state = regionSwitch.state();
        boolean resuming = RegionSwitch.unfinishedTowards(state, regions.secondary());
        if (!resuming && !primaryActive(state)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String reason = reason(primaryReport);
        ActiveRegion active = regionSwitch.switchTo(regions.secondary(), state, new InitiateFailover(reason, now),
                CompleteFailover::new);
        alerts.failedOver(active, reason, now);
        return Optional.of(active);
    }

    private boolean primaryActive(Failover state) {
        return state instanceof Steady steady && steady.active().equals(regions.primary())
                && router.activeRegion().admitsWritesIn(regions.primary());
    }

    private String reason(HealthCheckReport report) {
        String failures = report.results().entrySet().stream()
                .filter(result -> !result.getValue().passed())
                .sorted(Map.Entry.comparingByKey())
                .map(result -> result.getKey().name().toLowerCase(Locale.ROOT) + ": " + result.getValue().reason())
                .collect(Collectors.joining(", "));
        return consecutiveFailures + " consecutive failed health checks of " + regions.primary() + ", last: " + failures;
    }
}
