package dev.opsledger.application.fencing;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.domain.failover.ActiveRegion;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks the router who is active and records the answer as the region's {@link WriteLease}, for its API to
 * read. The health checker runs it after every round, in each region, so a lease is renewed every check
 * interval and lives a little longer than two.
 */
public final class RenewWriteLease {

    private final TrafficRouter router;
    private final WriteLeases leases;
    private final InstantSource clock;
    private final Duration length;

    public RenewWriteLease(TrafficRouter router, WriteLeases leases, InstantSource clock, Duration length) {
        this.router = Objects.requireNonNull(router, "router");
        this.leases = Objects.requireNonNull(leases, "leases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.length = Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a lease must last a while, was " + length);
        }
    }

    /** The lease recorded now. */
    public WriteLease renew() {
        // The expiry counts from before the read: the answer is at least this old when it arrives.
        Instant asked = clock.instant();
        ActiveRegion active = router.activeRegion();
        Instant answered = clock.instant();
        Optional<WriteLease> stored = leases.current();
        WriteLease lease = new WriteLease(active, writableFrom(active, stored, answered), asked.plus(length));
        leases.record(lease);
        return lease;
    }

    /**
     * The same holder at the same epoch keeps its start. A holder new to this table waits one lease length, so
     * that any lease of the epoch before has run out; epoch 0 had no holder before it.
     */
    private Instant writableFrom(ActiveRegion active, Optional<WriteLease> stored, Instant answered) {
        if (stored.isPresent() && stored.get().holder().equals(active)) {
            return stored.get().writableFrom();
        }
        return active.epoch() == 0 ? answered : answered.plus(length);
    }
}
