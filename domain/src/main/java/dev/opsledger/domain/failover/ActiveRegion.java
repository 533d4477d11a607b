package dev.opsledger.domain.failover;

import dev.opsledger.domain.shared.Region;
import java.util.Objects;

/**
 * The one region allowed to accept writes, and the fencing epoch under which it does. Every switch
 * raises the epoch, so a region holding an older epoch knows it has been fenced.
 */
public record ActiveRegion(Region region, long epoch) {

    public ActiveRegion {
        Objects.requireNonNull(region, "region");
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative, was " + epoch);
        }
    }

    public boolean admitsWritesIn(Region candidate) {
        return region.equals(candidate);
    }
}
