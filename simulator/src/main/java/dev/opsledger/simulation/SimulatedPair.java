package dev.opsledger.simulation;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import java.time.Duration;
import java.time.InstantSource;

/** Both regions of the pair and the router that names the active one; the primary starts active at epoch 0. */
record SimulatedPair(InMemoryTrafficRouter router, SimulatedRegion primary, SimulatedRegion secondary) {

    static SimulatedPair of(RegionPair regions, RegionTables tables, InstantSource clock, Duration feedLag) {
        InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(regions.primary(), 0));
        return new SimulatedPair(router,
                new SimulatedRegion(regions.primary(), tables.open(regions.primary(), clock), clock, feedLag),
                new SimulatedRegion(regions.secondary(), tables.open(regions.secondary(), clock), clock, feedLag));
    }

    RegionPair regions() {
        return new RegionPair(primary.region(), secondary.region());
    }

    SimulatedRegion named(Region region) {
        return region.equals(primary.region()) ? primary : secondary;
    }

    SimulatedRegion active() {
        return named(router.activeRegion().region());
    }

    boolean primaryActive() {
        return router.activeRegion().admitsWritesIn(primary.region());
    }
}
