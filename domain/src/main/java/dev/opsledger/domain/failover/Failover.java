package dev.opsledger.domain.failover;

import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Optional;

/** Which region is active; while a switch is under way, no region accepts writes. */
public sealed interface Failover {

    RegionPair regions();

    long epoch();

    /** The region that may accept writes now, if any. */
    Optional<ActiveRegion> writer();

    record Steady(RegionPair regions, Region active, long epoch) implements Failover {

        @Override
        public Optional<ActiveRegion> writer() {
            return Optional.of(new ActiveRegion(active, epoch));
        }
    }

    record Switching(RegionPair regions, Region from, Region to, long epoch, boolean failback, Instant startedAt)
            implements Failover {

        @Override
        public Optional<ActiveRegion> writer() {
            return Optional.empty();
        }
    }
}
