package dev.opsledger.application.replication;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.replication.CommitApplier.Outcome;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Counts what one replication pass did with the commits it read, and which of them are still missing in the target. */
final class PassTally {

    private int applied;
    private int alreadyPresent;
    private final Set<StreamId> divergent = new TreeSet<>();
    private final Set<Commit> notApplied = new HashSet<>();
    private final Map<StreamId, Long> reached = new HashMap<>();

    void awaiting(Iterable<Commit> commits) {
        for (Commit commit : commits) {
            notApplied.add(commit);
            reached.merge(commit.stream(), commit.lastVersion(), Math::max);
        }
    }

    /** Streams the journal marks divergent: none of their commits is applied, they count as divergent. */
    void holdBack(Set<StreamId> markedDivergent) {
        divergent.addAll(markedDivergent);
    }

    boolean divergent(StreamId stream) {
        return divergent.contains(stream);
    }

    void count(Commit commit, Outcome outcome) {
        switch (outcome) {
            case APPLIED -> applied++;
            case ALREADY_PRESENT -> alreadyPresent++;
            case DIVERGENT -> divergent.add(commit.stream());
        }
        if (outcome != Outcome.DIVERGENT) {
            notApplied.remove(commit);
        }
    }

    int applied() {
        return applied;
    }

    /** How old the newest commit read but not in the target is; zero when all of them are there. */
    Duration lag(Instant now) {
        return notApplied.stream()
                .map(Commit::committedAt)
                .max(Comparator.naturalOrder())
                .map(newest -> Duration.between(newest, now))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    ReplicationPass pass(LogPosition checkpoint, Instant now, Optional<String> failure) {
        return new ReplicationPass(applied, alreadyPresent, divergent, checkpoint, lag(now), failure, reached);
    }
}
