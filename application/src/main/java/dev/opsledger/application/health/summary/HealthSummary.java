package dev.opsledger.application.health.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /health} answers: the status of each component in each region, the region that is
 * active (with the fencing epoch), the replication lag of each route, and the latest failovers and
 * failbacks (newest first, of the pair whose failover stream names the active region). Components and
 * routes are sorted by region, then component or target; the active region is empty until a failover
 * stream says.
 */
public record HealthSummary(
        List<ComponentSummary> components,
        Optional<ActiveRegionSummary> activeRegion,
        List<RouteSummary> routes,
        List<SwitchSummary> switches) {

    public HealthSummary {
        components = List.copyOf(components);
        Objects.requireNonNull(activeRegion, "activeRegion");
        routes = List.copyOf(routes);
        switches = List.copyOf(switches);
    }
}
