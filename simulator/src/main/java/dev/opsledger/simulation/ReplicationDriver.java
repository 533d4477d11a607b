package dev.opsledger.simulation;

import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.replication.ReplicationRoute;
import java.time.Duration;
import java.time.InstantSource;
import java.util.SplittableRandom;

/**
 * Replication from the primary into the secondary while the primary is the active region, in the
 * scenario's mode. A change-stream record due while the primary is dark is missed (the stream's reader
 * runs in the dark region): the reconciler or, after a failover, failback deals with it. While the
 * secondary is active nothing flows here: failback reconciles both ways before writes move back, and
 * one pass of the reverse route after it brings over what failback could not see yet.
 */
final class ReplicationDriver {

    private final Scenario scenario;
    private final EventScheduler scheduler;
    private final SplittableRandom random;
    private final SimulatedPair pair;
    private final ReplicationSettings settings;
    private final ReplicateRegion replicate;
    private final ReplicateRegion reverse;
    private final ReplicationLag lag;
    private long deliveriesMissed;

    ReplicationDriver(Scenario scenario, EventScheduler scheduler, SplittableRandom random, SimulatedPair pair,
            AlertNotifier notifier, ReplicationLag lag) {
        this.scenario = scenario;
        this.scheduler = scheduler;
        this.random = random;
        this.pair = pair;
        this.lag = lag;
        SimulatedRegion primary = pair.primary();
        SimulatedRegion secondary = pair.secondary();
        InstantSource clock = scheduler.clock();
        ReplicationSettings defaults = ReplicationSettings.defaults();
        this.settings = new ReplicationSettings(scenario.feedLookBack(), defaults.pageSize(), defaults.replicated());
        this.replicate = new ReplicateRegion(new ReplicationRoute(primary.region(), secondary.region()),
                primary.store(), secondary.store(), settings, notifier, clock);
        this.reverse = new ReplicateRegion(new ReplicationRoute(secondary.region(), primary.region()),
                secondary.store(), primary.store(), settings, notifier, clock);
    }

    ReplicationSettings settings() {
        return settings;
    }

    void start() {
        if (scenario.replicationMode() == ReplicationMode.STREAM) {
            pair.primary().store().subscribe(this::onPrimaryCommit);
        }
        Duration interval = scenario.replicationInterval();
        scheduler.every(interval, scheduler.now().plus(interval), this::scheduledPass);
    }

    /**
     * Brings into the primary what failback could not see yet: commits the secondary took within its feed's
     * delay before the switch. Runs once that delay has passed, and again until a pass gets through.
     */
    void catchUpAfterFailback() {
        scheduler.after(Simulator.FEED_LAG.plusSeconds(1), () -> {
            if (!reverse.replicateOnce().succeeded()) {
                catchUpAfterFailback();
            }
        });
    }

    long deliveriesMissed() {
        return deliveriesMissed;
    }

    private void onPrimaryCommit(Commit commit) {
        if (settings.replicated().test(commit.stream())) {
            deliverLater(commit);
        }
    }

    private void deliverLater(Commit commit) {
        long meanMillis = scenario.streamDelay().toMillis();
        long delayMillis = meanMillis / 2 + random.nextLong(Math.max(1, meanMillis));
        scheduler.after(Duration.ofMillis(delayMillis), () -> deliver(commit));
    }

    /** A record the secondary could not take is delivered again, as the stream's reader retries a batch. */
    private void deliver(Commit commit) {
        if (!pair.primaryActive() || pair.primary().faults().isDark()) {
            deliveriesMissed++;
            return;
        }
        try {
            lag.whileReplicating(() -> replicate.applyCommit(commit));
        } catch (ServiceUnavailable unavailable) {
            deliverLater(commit);
        }
    }

    private void scheduledPass() {
        if (pair.primaryActive()) {
            lag.whileReplicating(replicate::replicateOnce);
        }
    }
}
