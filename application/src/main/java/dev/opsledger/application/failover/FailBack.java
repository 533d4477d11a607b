package dev.opsledger.application.failover;

import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.replication.CommitApplier;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.Failover;
import dev.opsledger.domain.failover.FailoverCommand.CompleteFailback;
import dev.opsledger.domain.failover.FailoverCommand.InitiateFailback;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Moves writes back to the primary once it is reachable again, after making both regions agree:
 * <ol>
 *   <li>the primary's commits that never reached the secondary (orphans: acknowledged, then the region
 *       went dark before replicating them) are judged by their decider on top of the secondary's history,
 *       and reapplied there or quarantined there, never dropped;</li>
 *   <li>the primary forgets those orphans ({@link EventStore#discardAfter}) and receives every commit the
 *       secondary took meanwhile, through the same {@link CommitApplier} replication uses;</li>
 *   <li>only when every replicated stream has the same digest in both regions is the switch recorded
 *       and the primary promoted. Otherwise the secondary stays active and the failback is reported as
 *       blocked; running it again is safe.</li>
 * </ol>
 *
 * <p>The secondary stays active throughout, so writes keep being accepted, and goes on taking them under its
 * write lease for up to one lease length after the promotion. A write that lands in the secondary after the
 * copy back is not in the primary when it is promoted: run the reverse route's {@code ReplicateRegion} once
 * more after the secondary's lease has run out (its checkpoint lives in the primary) to bring it over; the
 * primary itself starts writing only then.
 * Streams created in the secondary within the feed's delay before failback are found the same way.
 *
 * <p>The switch is recorded in the secondary's failover stream, as failover recorded it. A failback that
 * crashed is finished by running it again; the counts it then reports cover only that run.
 *
 * <p>Last, the failover stream is copied into the primary (what it lacks of it, with the same ids and
 * versions): the primary's health summary is folded from its own log, and once it serves again its
 * {@code GET /health} must name the same active region, epoch and switches as the secondary's. Failover
 * cannot write there, the primary being dark; the secondary's stream stays the one the switches are
 * decided on. Should the primary be unreachable at that last step, the next failback copies what is missing.
 */
public final class FailBack {

    private final RegionPair regions;
    private final TrafficRouter router;
    private final EventStore primaryStore;
    private final EventStore secondaryStore;
    private final ReplicationSettings settings;
    private final InstantSource clock;
    private final RegionSwitch regionSwitch;
    private final FailoverAlerts alerts;
    private final OrphanRescue rescue;
    private final CommitApplier backToPrimary;

    public FailBack(RegionPair regions, TrafficRouter router, EventStore primaryStore, EventStore secondaryStore,
            ReplicationSettings settings, AlertNotifier notifier, InstantSource clock) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.router = Objects.requireNonNull(router, "router");
        this.primaryStore = Objects.requireNonNull(primaryStore, "primaryStore");
        this.secondaryStore = Objects.requireNonNull(secondaryStore, "secondaryStore");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.regionSwitch = new RegionSwitch(regions, router, secondaryStore, clock);
        this.alerts = new FailoverAlerts(Objects.requireNonNull(notifier, "notifier"), regions);
        this.rescue = new OrphanRescue(primaryStore, secondaryStore, alerts, clock);
        this.backToPrimary = new CommitApplier(secondaryStore, primaryStore);
    }

    /**
     * Throws {@link IllegalStateException} when the primary is active and no failback is under way, and
     * the stores' {@code ServiceUnavailable} when a region cannot be reached: try again later.
     */
    public FailbackOutcome failBack() {
        Failover state = regionSwitch.state();
        boolean resuming = RegionSwitch.unfinishedTowards(state, regions.primary());
        if (resuming && router.activeRegion().equals(new ActiveRegion(regions.primary(), state.epoch()))) {
            // Promoted before a crash: the primary may be writing already, so its log is no longer orphans.
            return new FailbackOutcome(0, 0, 0, Set.of(), switchBack(0, 0, clock.instant()));
        }
        if (!resuming && !router.activeRegion().admitsWritesIn(regions.secondary())) {
            throw new IllegalStateException("nothing to fail back: " + router.activeRegion() + " is active");
        }
        SortedMap<StreamId, List<Commit>> primaryCommits = inventory(primaryStore);
        SortedMap<StreamId, List<Commit>> secondaryCommits = inventory(secondaryStore);
        Set<StreamId> streams = new TreeSet<>(primaryCommits.keySet());
        streams.addAll(secondaryCommits.keySet());
        OrphanRescue.Rescued rescued = rescue.rescueAll(streams, primaryCommits);
        streams.addAll(rescued.quarantineStreams());
        int copiedBack = copyBack(secondaryCommits, streams);
        Set<StreamId> divergent = DivergenceCheck.compare(primaryStore, secondaryStore, streams);
        Instant now = clock.instant();
        if (!divergent.isEmpty()) {
            alerts.failbackBlocked(divergent, now);
            return new FailbackOutcome(rescued.reapplied(), rescued.quarantined(), copiedBack, divergent,
                    router.activeRegion());
        }
        ActiveRegion active = switchBack(rescued.reapplied(), rescued.quarantined(), now);
        return new FailbackOutcome(rescued.reapplied(), rescued.quarantined(), copiedBack, divergent, active);
    }

    private SortedMap<StreamId, List<Commit>> inventory(EventStore store) {
        return LogInventory.commitsByStream(store, settings.replicated(), settings.pageSize());
    }

    /** Commits the feed shows keep their boundaries; what it does not show yet follows as one commit per stream. */
    private int copyBack(SortedMap<StreamId, List<Commit>> secondaryCommits, Set<StreamId> streams) {
        int copied = 0;
        for (List<Commit> commits : secondaryCommits.values()) {
            for (Commit commit : commits) {
                if (backToPrimary.apply(commit) == CommitApplier.Outcome.APPLIED) {
                    copied++;
                }
            }
        }
        for (StreamId stream : streams) {
            if (backToPrimary.catchUp(stream, Long.MAX_VALUE)) {
                copied++;
            }
        }
        return copied;
    }

    private ActiveRegion switchBack(int reapplied, int quarantined, Instant now) {
        Failover state = regionSwitch.state();
        ActiveRegion active = regionSwitch.switchTo(regions.primary(), state, new InitiateFailback(now),
                (epoch, completedAt) -> new CompleteFailback(epoch, reapplied, quarantined, completedAt));
        alerts.failedBack(active, reapplied, quarantined, now);
        backToPrimary.catchUp(regions.stream(), Long.MAX_VALUE);
        return active;
    }
}
