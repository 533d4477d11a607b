package dev.opsledger.domain.replication;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

public sealed interface Replication {

    record NeverRun() implements Replication {
    }

    record Running(
            ReplicationRoute route,
            LogPosition checkpoint,
            Duration lastLag,
            int consecutiveFailures,
            Set<StreamId> divergentStreams,
            Instant lastActivityAt) implements Replication {

        public Running {
            divergentStreams = Set.copyOf(divergentStreams);
        }
    }
}
