package dev.opsledger.application.fencing;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;

/** A write refused because another region holds the fencing epoch; the client retries against that region. */
public final class RegionFenced extends RuntimeException {

    private final Region refused;
    private final ActiveRegion active;

    public RegionFenced(Region refused, ActiveRegion active) {
        super(refused + " is fenced: " + active.region() + " is active at epoch " + active.epoch());
        this.refused = refused;
        this.active = active;
    }

    public Region refused() {
        return refused;
    }

    public ActiveRegion active() {
        return active;
    }
}
