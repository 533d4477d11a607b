package dev.opsledger.application.replication;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;

/**
 * The one way a commit of one region is written into another, shared by scheduled replication, stream
 * replication and failback's copy back. A commit is appended at the version it holds in the source with
 * its original event ids, so applying it again is recognised by the target store and never duplicates
 * anything.
 *
 * <p>When the target lacks earlier versions of the stream (a commit became visible on the feed late, or
 * replication starts mid-history) the missing events are read from the source and appended first, as one
 * commit: digests compare events, not commit boundaries, and a later delivery of one of those commits is
 * then recognised by its ids.
 */
public final class CommitApplier {

    public enum Outcome {
        APPLIED,
        ALREADY_PRESENT,
        DIVERGENT
    }

    private static final int CATCH_UP_ATTEMPTS = 3;

    private final EventStore source;
    private final EventStore target;

    public CommitApplier(EventStore source, EventStore target) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** Applies one commit at the version it holds in the source. */
    public Outcome apply(Commit commit) {
        try {
            return append(commit);
        } catch (ConcurrencyConflict conflict) {
            if (conflict.actualVersion() < commit.firstVersion() - 1) {
                return catchUpThenApply(commit);
            }
            return compareWithTarget(commit);
        } catch (EventIdsReused partlyKnownIds) {
            return compareWithTarget(commit);
        }
    }

    /**
     * Appends, as one commit, the source's events of {@code stream} that the target lacks up to
     * {@code upToVersion}; returns whether anything was written. Writes nothing when the target holds events the
     * source does not have at those versions.
     */
    public boolean catchUp(StreamId stream, long upToVersion) {
        List<RecordedEvent> targetHistory = target.readStream(stream);
        List<RecordedEvent> sourceHistory = source.readStream(stream);
        if (!holdsOnlySourceEvents(targetHistory, sourceHistory)) {
            // The source's next events would land on top of ones it does not have: that is divergence, not lag.
            return false;
        }
        long targetVersion = targetHistory.isEmpty() ? 0 : targetHistory.getLast().version();
        List<RecordedEvent> missing = sourceHistory.stream()
                .filter(event -> event.version() > targetVersion && event.version() <= upToVersion)
                .toList();
        if (missing.isEmpty()) {
            return false;
        }
        return !target.append(stream, targetVersion, toNewEvents(missing)).alreadyAppended();
    }

    /**
     * Another replicator may fill part of the gap between our read and our append, which makes the store
     * refuse the catch-up. A target that merely lags (every event it holds is the source's) is caught up
     * again; only a target holding other events at the same versions has diverged.
     */
    private Outcome catchUpThenApply(Commit commit) {
        for (int attempt = 1; ; attempt++) {
            try {
                catchUp(commit.stream(), commit.firstVersion() - 1);
                return append(commit);
            } catch (ConcurrencyConflict | EventIdsReused raced) {
                Outcome seen = compareWithTarget(commit);
                if (seen == Outcome.ALREADY_PRESENT || attempt == CATCH_UP_ATTEMPTS || !targetLags(commit)) {
                    return seen;
                }
            }
        }
    }

    private boolean targetLags(Commit commit) {
        return holdsOnlySourceEvents(target.readStream(commit.stream()), source.readStream(commit.stream()));
    }

    /** Whether every event of the target's history is the source's at the same version: the target at most lags. */
    static boolean holdsOnlySourceEvents(List<RecordedEvent> targetHistory, List<RecordedEvent> sourceHistory) {
        for (RecordedEvent held : targetHistory) {
            boolean sourceHoldsIt = held.version() <= sourceHistory.size()
                    && sourceHistory.get((int) held.version() - 1).id().equals(held.id());
            if (!sourceHoldsIt) {
                return false;
            }
        }
        return true;
    }

    /** A commit the target already holds counts as present only at the same versions as in the source. */
    private Outcome append(Commit commit) {
        AppendResult result = target.append(commit.stream(), commit.firstVersion() - 1, toNewEvents(commit.events()));
        if (result.alreadyAppended() && result.commit().firstVersion() != commit.firstVersion()) {
            return Outcome.DIVERGENT;
        }
        return result.alreadyAppended() ? Outcome.ALREADY_PRESENT : Outcome.APPLIED;
    }

    /** The store refused the commit: it is present if the target holds the same ids at the same versions. */
    private Outcome compareWithTarget(Commit commit) {
        List<RecordedEvent> held = target.readStream(commit.stream()).stream()
                .filter(event -> event.version() >= commit.firstVersion() && event.version() <= commit.lastVersion())
                .toList();
        boolean same = held.size() == commit.events().size();
        for (int i = 0; same && i < held.size(); i++) {
            same = held.get(i).id().equals(commit.events().get(i).id());
        }
        return same ? Outcome.ALREADY_PRESENT : Outcome.DIVERGENT;
    }

    private static List<NewEvent> toNewEvents(List<RecordedEvent> events) {
        return events.stream().map(event -> new NewEvent(event.id(), event.event())).toList();
    }
}
