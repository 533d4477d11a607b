package dev.opsledger.application.fencing;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.util.Objects;

/**
 * Lets a region write only while the router names it active. Asked before every write, so a region
 * that has been failed away from stops writing as soon as the epoch moves, whatever DNS still says.
 */
public final class WriteFence {

    private final Region local;
    private final TrafficRouter router;

    public WriteFence(Region local, TrafficRouter router) {
        this.local = Objects.requireNonNull(local, "local");
        this.router = Objects.requireNonNull(router, "router");
    }

    /** The epoch this region writes under; throws {@link RegionFenced} when another region is active. */
    public ActiveRegion admit() {
        ActiveRegion active = router.activeRegion();
        if (!active.admitsWritesIn(local)) {
            throw new RegionFenced(local, active);
        }
        return active;
    }
}
