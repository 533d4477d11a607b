package dev.opsledger.domain.failover;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;

public sealed interface FailoverEvent extends DomainEvent {

    long epoch();

    record FailoverInitiated(Region from, Region to, long epoch, String reason, Instant initiatedAt)
            implements FailoverEvent {
    }

    record FailoverCompleted(Region active, long epoch, Instant completedAt) implements FailoverEvent {
    }

    record FailbackInitiated(Region from, Region to, long epoch, Instant initiatedAt) implements FailoverEvent {
    }

    /** {@code reapplied} and {@code quarantined} count the primary's commits that never reached the secondary. */
    record FailbackCompleted(Region active, long epoch, int reapplied, int quarantined, Instant completedAt)
            implements FailoverEvent {
    }
}
