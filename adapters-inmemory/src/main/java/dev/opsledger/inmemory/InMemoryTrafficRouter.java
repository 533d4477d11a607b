package dev.opsledger.inmemory;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The failover records and the fencing epoch, as one compare-and-set register. */
public final class InMemoryTrafficRouter implements TrafficRouter {

    private ActiveRegion active;
    private final List<ActiveRegion> promotions = new ArrayList<>();

    public InMemoryTrafficRouter(ActiveRegion initial) {
        this.active = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public synchronized ActiveRegion activeRegion() {
        return active;
    }

    @Override
    public synchronized ActiveRegion promote(Region region, long expectedEpoch) {
        Objects.requireNonNull(region, "region");
        if (active.epoch() == expectedEpoch) {
            active = new ActiveRegion(region, expectedEpoch + 1);
            promotions.add(active);
            return active;
        }
        if (active.region().equals(region) && active.epoch() == expectedEpoch + 1) {
            return active;
        }
        throw new IllegalStateException("cannot promote " + region + " from epoch " + expectedEpoch + ": "
                + active.region() + " is active at epoch " + active.epoch());
    }

    /** Every promotion that changed the active region or epoch, oldest first; idempotent retries are not repeated. */
    public synchronized List<ActiveRegion> history() {
        return List.copyOf(promotions);
    }
}
