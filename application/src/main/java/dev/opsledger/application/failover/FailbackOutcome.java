package dev.opsledger.application.failover;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;
import java.util.Set;

/**
 * What a failback did with the former primary's orphaned commits (reapplied in the secondary or
 * quarantined there), how many commits it copied back into the primary, the streams that still differ
 * (empty when the failback went through) and the region active afterwards.
 */
public record FailbackOutcome(int reapplied, int quarantined, int copiedBack, Set<StreamId> divergentAfter, ActiveRegion active) {

    public FailbackOutcome {
        divergentAfter = Set.copyOf(divergentAfter);
        Objects.requireNonNull(active, "active");
    }

    public boolean completed() {
        return divergentAfter.isEmpty();
    }
}
