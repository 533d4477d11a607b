package dev.opsledger.domain.failover;

import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Which region is active; while a switch is under way, no region accepts writes. */
public sealed interface Failover {

    RegionPair regions();

    long epoch();

    /** The region that may accept writes now, if any. */
    Optional<ActiveRegion> writer();

    record Steady(RegionPair regions, Region active, long epoch) implements Failover {

        public Steady {
            Objects.requireNonNull(regions, "regions");
            if (!regions.contains(active)) {
                throw new IllegalArgumentException(active + " is in neither " + regions.primary() + " nor "
                        + regions.secondary());
            }
            if (epoch < 0) {
                throw new IllegalArgumentException("epoch must not be negative, was " + epoch);
            }
        }

        @Override
        public Optional<ActiveRegion> writer() {
            return Optional.of(new ActiveRegion(active, epoch));
        }
    }

    record Switching(RegionPair regions, Region from, Region to, long epoch, boolean failback, Instant startedAt)
            implements Failover {

        public Switching {
            Objects.requireNonNull(regions, "regions");
            Objects.requireNonNull(startedAt, "startedAt");
            if (!regions.other(from).equals(to)) {
                throw new IllegalArgumentException("a switch goes from one region of the pair to the other, not "
                        + from + " to " + to);
            }
            if (epoch < 1) {
                throw new IllegalArgumentException("a switch raises the epoch to at least 1, was " + epoch);
            }
        }

        @Override
        public Optional<ActiveRegion> writer() {
            return Optional.empty();
        }
    }
}
