package dev.opsledger.application.replication;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.CommitApplier.Outcome;
import dev.opsledger.domain.replication.ReplicationCommand.RecordBatch;
import dev.opsledger.domain.replication.ReplicationCommand.ReportDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.ReportFailure;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies one region's business streams into another. Two modes share the same idempotent apply:
 * {@link #applyCommit} for each change-stream record (near real time, what keeps RPO under a minute), and
 * {@link #replicateOnce}, the scheduled reconciler, which reads the source feed from the checkpoint
 * recorded in the target and repairs whatever the stream missed. Applying a commit twice, or in both
 * modes, changes nothing. One instance per route: the replication stream has a single writer.
 *
 * <p>A stream found divergent is marked in the journal and held back by both modes until an operator repairs and
 * clears it ({@link ResumeDivergentStream}): its target history holds events the source lacks, and the source's
 * next commits would land on top of them once the divergent commit has left the feed's look-back. The operator is
 * alerted when the mark is made, once.
 */
public final class ReplicateRegion {

    private final ReplicationRoute route;
    private final EventStore source;
    private final EventStore target;
    private final ReplicationSettings settings;
    private final InstantSource clock;
    private final CommitApplier applier;
    private final ReplicationJournal journal;
    private final ReplicationAlerts alerts;
    private FeedSubscription subscription;
    private int consecutiveFailures;

    public ReplicateRegion(ReplicationRoute route, EventStore source, EventStore target, ReplicationSettings settings,
            AlertNotifier notifier, InstantSource clock) {
        this.route = Objects.requireNonNull(route, "route");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.applier = new CommitApplier(source, target);
        this.journal = new ReplicationJournal(target, route, clock);
        this.alerts = new ReplicationAlerts(Objects.requireNonNull(notifier, "notifier"), route);
        this.subscription = newSubscription();
    }

    /**
     * Reads the source feed from the checkpoint, applies every replicated commit and records one batch.
     * When either region is unavailable the pass stops, records the failure where it can and starts the
     * next pass from the durable checkpoint again: nothing it had read is lost, re-applying is harmless.
     */
    public ReplicationPass replicateOnce() {
        PassTally tally = new PassTally();
        try {
            List<Commit> replicated = subscription.poll(journal.checkpoint()).stream()
                    .filter(commit -> settings.replicated().test(commit.stream()))
                    .toList();
            tally.awaiting(replicated);
            tally.holdBack(journal.divergentStreams());
            for (Commit commit : replicated) {
                if (!tally.divergent(commit.stream())) {
                    tally.count(commit, reportingDivergence(commit, applier.apply(commit)));
                }
            }
            Instant now = clock.instant();
            LogPosition checkpoint = subscription.nextCheckpoint();
            journal.record(new RecordBatch(route, tally.applied(), checkpoint, tally.lag(now), now));
            if (consecutiveFailures > 0) {
                consecutiveFailures = 0;
                alerts.recovered(now);
            }
            return tally.pass(checkpoint, now, Optional.empty());
        } catch (ServiceUnavailable unavailable) {
            return failed(tally, unavailable.getMessage());
        } catch (CommitTooLarge tooLarge) {
            // Not a divergence: the target refused the size of what the pass had to write (a catch-up joins the
            // missing commits into one). Every pass meets it again until an operator acts, so it fails loudly.
            return failed(tally, tooLarge.getMessage());
        }
    }

    /**
     * Applies one change-stream record; throws {@link ServiceUnavailable} so the stream delivers it again, and
     * {@link CommitTooLarge} when the target refuses the size of what it had to write.
     */
    public void applyCommit(Commit commit) {
        if (settings.replicated().test(commit.stream()) && !journal.marksDivergent(commit.stream())) {
            reportingDivergence(commit, applier.apply(commit));
        }
    }

    private Outcome reportingDivergence(Commit commit, Outcome outcome) {
        if (outcome == Outcome.DIVERGENT) {
            reportDivergence(commit.stream(), commit.lastVersion());
        }
        return outcome;
    }

    private void reportDivergence(StreamId stream, long upToVersion) {
        String sourceDigest = StreamDigest.of(upTo(source.readStream(stream), upToVersion));
        String targetDigest = StreamDigest.of(upTo(target.readStream(stream), upToVersion));
        if (sourceDigest.equals(targetDigest)) {
            return;
        }
        Instant now = clock.instant();
        boolean newlyMarked = !journal.knownDivergent(stream);
        journal.record(new ReportDivergence(route, stream, sourceDigest, targetDigest, now));
        if (newlyMarked) {
            alerts.divergent(stream, sourceDigest, targetDigest, now);
        }
    }

    private ReplicationPass failed(PassTally tally, String reason) {
        subscription = newSubscription();
        journal.forget();
        consecutiveFailures++;
        Instant now = clock.instant();
        try {
            journal.record(new ReportFailure(route, reason, now));
        } catch (ServiceUnavailable targetUnreachable) {
            journal.forget();
        }
        if (consecutiveFailures >= settings.failuresBeforeAlert()) {
            alerts.failing(consecutiveFailures, reason, now);
        }
        return tally.pass(journal.lastKnownCheckpoint(), now, Optional.of(reason));
    }

    private FeedSubscription newSubscription() {
        return new FeedSubscription(source, settings.lookBack(), settings.pageSize());
    }

    private static List<RecordedEvent> upTo(List<RecordedEvent> history, long version) {
        return history.stream().filter(event -> event.version() <= version).toList();
    }
}
