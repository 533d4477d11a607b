package dev.opsledger.local.regions;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.replication.ReplicationRoute;
import java.time.InstantSource;
import java.util.Map;

/**
 * Copies the active region's business streams into the other: each commit as its change-stream record
 * arrives, and the reconciler's pass on a schedule, which repairs whatever the stream missed. A record is
 * read by a reader that runs in its region, so nothing flows out of a dark or passive region; a record
 * the target refuses is delivered again a few times, then left to the reconciler, as Lambda's stream
 * reader gives up on a batch.
 */
final class LocalReplication {

    private static final int DELIVERY_ATTEMPTS = 10;

    private final RegionPairState pair;
    private final BackgroundJobs jobs;
    private final JobIntervals intervals;
    private final ReplicationSettings settings;
    private final Map<LocalRegion, ReplicateRegion> routeFrom;

    LocalReplication(RegionPairState pair, BackgroundJobs jobs, JobIntervals intervals, InstantSource clock) {
        this.pair = pair;
        this.jobs = jobs;
        this.intervals = intervals;
        this.settings = new ReplicationSettings(intervals.feedLookBack(), ReplicationSettings.DEFAULT_PAGE_SIZE,
                ReplicationSettings.defaults().replicated());
        LocalRegion primary = pair.primary();
        LocalRegion secondary = pair.secondary();
        this.routeFrom = Map.of(
                primary, route(primary, secondary, clock),
                secondary, route(secondary, primary, clock));
    }

    ReplicationSettings settings() {
        return settings;
    }

    void start() {
        for (LocalRegion source : routeFrom.keySet()) {
            source.changeStream().subscribe(commit -> onCommit(source, commit));
        }
        jobs.every(intervals.reconcile(), "the reconciler", this::reconcile);
    }

    /** One reconciler pass out of the active region now; used after failback, for what it could not see. */
    void reconcile() {
        routeFrom.get(pair.active()).replicateOnce();
    }

    private void onCommit(LocalRegion source, Commit commit) {
        if (settings.replicated().test(commit.stream())) {
            jobs.now("stream replication", () -> deliver(source, commit, DELIVERY_ATTEMPTS));
        }
    }

    private void deliver(LocalRegion source, Commit commit, int attemptsLeft) {
        if (!pair.isActive(source) || source.isDark()) {
            return;
        }
        try {
            routeFrom.get(source).applyCommit(commit);
        } catch (ServiceUnavailable targetUnreachable) {
            if (attemptsLeft > 1) {
                jobs.after(intervals.streamRetry(), "stream replication", () -> deliver(source, commit, attemptsLeft - 1));
            }
        }
    }

    private ReplicateRegion route(LocalRegion source, LocalRegion target, InstantSource clock) {
        return new ReplicateRegion(new ReplicationRoute(source.region(), target.region()), source.log(), target.log(),
                settings, source.notifier(), clock);
    }
}
