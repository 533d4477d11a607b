package dev.opsledger.application.port;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;

/**
 * Where clients are sent and which region may write (Route 53 failover records in AWS): the
 * authority for the fencing epoch.
 *
 * <p>Contract: {@link #promote} is a compare-and-set on the epoch. When the current epoch is
 * {@code expectedEpoch} it makes {@code region} active at {@code expectedEpoch + 1} and returns that;
 * when {@code region} is already active at {@code expectedEpoch + 1} it returns that unchanged (an
 * idempotent retry); otherwise it throws {@link IllegalStateException} naming the current state.
 * Clients that resolved the old answer may keep using it for the DNS TTL: the fence, not DNS, is what
 * stops a region from writing.
 */
public interface TrafficRouter {

    ActiveRegion activeRegion();

    ActiveRegion promote(Region region, long expectedEpoch);
}
