package dev.opsledger.simulation;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.EventId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;

/**
 * How long acknowledged primary commits took to reach the secondary through replication: measured
 * when replication writes them there, from the primary's commit time. Failback's re-application is not
 * replication and is not counted; what never arrived shows in the RPO instead.
 */
final class ReplicationLag {

    private final InstantSource clock;
    private final Map<EventId, Instant> committedInPrimary = new HashMap<>();
    private boolean replicating;
    private Duration max;

    ReplicationLag(InstantSource clock) {
        this.clock = clock;
    }

    void committedInPrimary(Commit commit) {
        commit.events().forEach(event -> committedInPrimary.put(event.id(), commit.committedAt()));
    }

    void appliedInSecondary(Commit commit) {
        if (!replicating) {
            return;
        }
        for (RecordedEvent event : commit.events()) {
            Instant committedAt = committedInPrimary.remove(event.id());
            if (committedAt != null) {
                Duration lag = Duration.between(committedAt, clock.instant());
                max = max == null || lag.compareTo(max) > 0 ? lag : max;
            }
        }
    }

    void whileReplicating(Runnable replication) {
        replicating = true;
        try {
            replication.run();
        } finally {
            replicating = false;
        }
    }

    /** The longest lag seen, or null when replication delivered nothing. */
    Duration max() {
        return max;
    }
}
