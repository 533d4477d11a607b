package dev.opsledger.application.fencing;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Lets a region write only while it is the active one, asked before every write. Two ways to know:
 * {@linkplain #WriteFence(Region, TrafficRouter) the router itself}, for a process that holds the router
 * (a library user's single process, the tests), and {@linkplain #leased the region's write lease}, for a
 * deployed API, whose router (Route 53) takes a few calls a second in all and is read by the health checker
 * instead ({@link RenewWriteLease}).
 */
public final class WriteFence {

    private final Region local;
    private final Admission admission;

    public WriteFence(Region local, TrafficRouter router) {
        this(local, () -> {
            ActiveRegion active = router.activeRegion();
            return active.admitsWritesIn(local) ? Optional.empty() : Optional.of(new RegionFenced(local, active));
        });
        Objects.requireNonNull(router, "router");
    }

    private WriteFence(Region local, Admission admission) {
        this.local = Objects.requireNonNull(local, "local");
        this.admission = admission;
    }

    /** A fence that reads {@code leases} on every write and admits while the lease names {@code local}. */
    public static WriteFence leased(Region local, WriteLeases leases, InstantSource clock) {
        Objects.requireNonNull(leases, "leases");
        Objects.requireNonNull(clock, "clock");
        return new WriteFence(local, () -> {
            Optional<WriteLease> lease = leases.current();
            if (lease.isEmpty()) {
                return Optional.of(RegionFenced.noLease(local));
            }
            Instant now = clock.instant();
            return lease.get().admits(local, now) ? Optional.empty() : Optional.of(RegionFenced.byLease(local, lease.get(), now));
        });
    }

    /** Returns when this region may write; throws {@link RegionFenced} when it may not. */
    public void admit() {
        Optional<RegionFenced> refusal = admission.refusal();
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    public Region local() {
        return local;
    }

    @FunctionalInterface
    private interface Admission {
        Optional<RegionFenced> refusal();
    }
}
