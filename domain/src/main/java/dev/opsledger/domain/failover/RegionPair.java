package dev.opsledger.domain.failover;

import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/** The active-passive pair: the primary serves unless failed over, the secondary is the disaster-recovery region. */
public record RegionPair(Region primary, Region secondary) {

    public static final RegionPair DEFAULT = new RegionPair(Region.US_EAST_1, Region.US_WEST_2);
    public static final String STREAM_CATEGORY = "failover";

    public RegionPair {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        if (primary.equals(secondary)) {
            throw new IllegalArgumentException("primary and secondary must differ, both were " + primary);
        }
    }

    public boolean contains(Region region) {
        return primary.equals(region) || secondary.equals(region);
    }

    public Region other(Region region) {
        if (region.equals(primary)) {
            return secondary;
        }
        if (region.equals(secondary)) {
            return primary;
        }
        throw new IllegalArgumentException(region + " is in neither " + primary + " nor " + secondary);
    }

    public StreamId stream() {
        return StreamId.of(STREAM_CATEGORY, primary.name() + "+" + secondary.name());
    }
}
