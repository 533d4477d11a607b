package dev.opsledger.local.regions;

import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;

/** The two regions and the router that names the active one. */
record RegionPairState(InMemoryTrafficRouter router, LocalRegion primary, LocalRegion secondary) {

    RegionPair regions() {
        return new RegionPair(primary.region(), secondary.region());
    }

    LocalRegion named(Region region) {
        return region.equals(primary.region()) ? primary : secondary;
    }

    LocalRegion active() {
        return named(router.activeRegion().region());
    }

    LocalRegion other(LocalRegion region) {
        return region == primary ? secondary : primary;
    }

    boolean isActive(LocalRegion region) {
        return router.activeRegion().admitsWritesIn(region.region());
    }
}
