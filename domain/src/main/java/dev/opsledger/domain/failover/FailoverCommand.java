package dev.opsledger.domain.failover;

import java.time.Instant;

public sealed interface FailoverCommand {

    /** Move writes from the primary to the secondary region. */
    record InitiateFailover(String reason, Instant initiatedAt) implements FailoverCommand {
    }

    record CompleteFailover(long epoch, Instant completedAt) implements FailoverCommand {
    }

    /** Move writes back to the primary once it has caught up with what the secondary took meanwhile. */
    record InitiateFailback(Instant initiatedAt) implements FailoverCommand {
    }

    record CompleteFailback(long epoch, int reapplied, int quarantined, Instant completedAt) implements FailoverCommand {
    }
}
