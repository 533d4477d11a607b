package dev.opsledger.application.health.summary;

import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One failover or failback as the failover stream tells it: from which region to which, at which fencing
 * epoch, when it started and, once done, when it completed. {@code orphans} is present for a completed
 * failback only: what became of the former primary's commits that never reached the secondary.
 */
public record SwitchSummary(
        Kind kind,
        Region from,
        Region to,
        long epoch,
        Instant startedAt,
        Optional<Instant> completedAt,
        Optional<RescuedOrphans> orphans) {

    public enum Kind {
        FAILOVER,
        FAILBACK
    }

    /** The orphaned commits a failback reapplied in the secondary, and those it quarantined there. */
    public record RescuedOrphans(int reapplied, int quarantined) {
    }

    public SwitchSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(orphans, "orphans");
    }

    /** How long no region accepted writes; empty while the switch is under way. */
    public Optional<Duration> duration() {
        return completedAt.map(completed -> Duration.between(startedAt, completed));
    }

    SwitchSummary completed(Instant completed, Optional<RescuedOrphans> rescued) {
        return new SwitchSummary(kind, from, to, epoch, startedAt, Optional.of(completed), rescued);
    }
}
