package dev.opsledger.application.fencing;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Lets a region write only while it is the active one, asked before every write. Two ways to know:
 * {@linkplain #WriteFence(Region, TrafficRouter) the router itself}, for a process that holds the router
 * (a library user's single process, the tests), and {@linkplain #leased the region's write lease}, for a
 * deployed API, whose router (Route 53) takes a few calls a second in all and is read by the health checker
 * instead ({@link RenewWriteLease}).
 */
public final class WriteFence {

    /** Returns when the region may write, throws {@link RegionFenced} when it may not. */
    private final Runnable admission;

    public WriteFence(Region local, TrafficRouter router) {
        this(() -> {
            ActiveRegion active = router.activeRegion();
            if (!active.admitsWritesIn(local)) {
                throw new RegionFenced(local, active);
            }
        });
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(router, "router");
    }

    private WriteFence(Runnable admission) {
        this.admission = admission;
    }

    /** A fence that reads {@code leases} on every write and admits while the lease names {@code local}. */
    public static WriteFence leased(Region local, WriteLeases leases, InstantSource clock) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(leases, "leases");
        Objects.requireNonNull(clock, "clock");
        return new WriteFence(() -> {
            WriteLease lease = leases.current().orElseThrow(() -> RegionFenced.noLease(local));
            Instant now = clock.instant();
            if (!lease.admits(local, now)) {
                throw RegionFenced.byLease(local, lease, now);
            }
        });
    }

    /** Returns when this region may write; throws {@link RegionFenced} when it may not. */
    public void admit() {
        admission.run();
    }
}
