package dev.opsledger.domain.failover;

import java.time.Instant;
import java.util.Objects;

public sealed interface FailoverCommand {

    /** Move writes from the primary to the secondary region. */
    record InitiateFailover(String reason, Instant initiatedAt) implements FailoverCommand {

        public InitiateFailover {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(initiatedAt, "initiatedAt");
        }
    }

    record CompleteFailover(long epoch, Instant completedAt) implements FailoverCommand {

        public CompleteFailover {
            Objects.requireNonNull(completedAt, "completedAt");
        }
    }

    /** Move writes back to the primary once it has caught up with what the secondary took meanwhile. */
    record InitiateFailback(Instant initiatedAt) implements FailoverCommand {

        public InitiateFailback {
            Objects.requireNonNull(initiatedAt, "initiatedAt");
        }
    }

    record CompleteFailback(long epoch, int reapplied, int quarantined, Instant completedAt) implements FailoverCommand {

        public CompleteFailback {
            Objects.requireNonNull(completedAt, "completedAt");
        }
    }
}
