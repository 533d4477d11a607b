package dev.opsledger.application.fencing;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A write refused because this region may not write now: another region holds the fencing epoch (the client
 * retries against that region), or this region's lease has not started or has lapsed (the client retries
 * here shortly).
 */
public final class RegionFenced extends RuntimeException {

    private final Region refused;
    private final Optional<ActiveRegion> active;
    private final Optional<Duration> retryAfter;

    public RegionFenced(Region refused, ActiveRegion active) {
        this(refused, Optional.of(active), Optional.empty(),
                refused + " is fenced: " + active.region() + " is active at epoch " + active.epoch());
    }

    private RegionFenced(Region refused, Optional<ActiveRegion> active, Optional<Duration> retryAfter, String message) {
        super(message);
        this.refused = refused;
        this.active = active;
        this.retryAfter = retryAfter;
    }

    static RegionFenced noLease(Region refused) {
        return new RegionFenced(refused, Optional.empty(), Optional.empty(),
                refused + " has no write lease yet: its health check has not read the active region");
    }

    static RegionFenced byLease(Region refused, WriteLease lease, Instant now) {
        if (!lease.holder().admitsWritesIn(refused)) {
            return new RegionFenced(refused, lease.holder());
        }
        if (now.isBefore(lease.writableFrom())) {
            return new RegionFenced(refused, Optional.empty(), Optional.of(Duration.between(now, lease.writableFrom())),
                    refused + " takes writes at epoch " + lease.holder().epoch() + " from " + lease.writableFrom()
                            + ", once the former active region's lease has run out");
        }
        return new RegionFenced(refused, Optional.empty(), Optional.empty(),
                refused + "'s write lease expired at " + lease.expiresAt() + ": its health check has not confirmed it since");
    }

    public Region refused() {
        return refused;
    }

    /** The region that takes writes, when known; absent when this region's own lease is missing or lapsed. */
    public Optional<ActiveRegion> active() {
        return active;
    }

    /** How long until this region takes writes, when it is only waiting for its lease to start. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
