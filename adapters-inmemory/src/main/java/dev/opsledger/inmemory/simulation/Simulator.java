package dev.opsledger.inmemory.simulation;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Runs a scenario: both regions of the pair in this process on one virtual clock, clients writing
 * through the real use cases, the primary going dark as the scenario says, health checks, failover,
 * replication and failback as in production. Every random choice comes from the scenario's seed, so a
 * seed always gives the same report.
 *
 * <p>When the clients stop, the run goes on without them until the system has settled (writes back in
 * the primary and both regions equal) or {@link #SETTLE_LIMIT} has passed; then it is audited.
 */
public final class Simulator {

    static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    /** How late a commit shows on a table's feed index: the eventual consistency replication must cope with. */
    static final Duration FEED_LAG = Duration.ofSeconds(1);
    static final Duration SETTLE_LIMIT = Duration.ofHours(2);

    public SimulationReport run(Scenario scenario) {
        VirtualClock clock = new VirtualClock(START);
        EventScheduler scheduler = new EventScheduler(clock);
        SplittableRandom random = new SplittableRandom(scenario.seed());
        RegionPair pair = RegionPair.DEFAULT;
        InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(pair.primary(), 0));
        SimulatedRegion primary = new SimulatedRegion(pair.primary(), clock, FEED_LAG, router);
        SimulatedRegion secondary = new SimulatedRegion(pair.secondary(), clock, FEED_LAG, router);
        RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());
        WriteAudit audit = new WriteAudit(router);
        ReplicationLag lag = new ReplicationLag(clock);
        primary.store().subscribe(lag::committedInPrimary);
        secondary.store().subscribe(lag::appliedInSecondary);

        ReplicationDriver replication = new ReplicationDriver(scenario, scheduler, random.split(), primary, secondary,
                router, notifier, clock, lag);
        FailoverLog failovers = new FailoverLog(scenario, START, audit, primary, secondary);
        FailoverDriver failover = new FailoverDriver(scenario, scheduler, primary, secondary, router, notifier,
                new RecordingMetricsRecorder(), replication.settings(), clock, failovers, replication::catchUpAfterFailback);
        Clients clients = new Clients(scenario, scheduler, random.split(), router,
                region -> regionNamed(region, primary, secondary), audit);

        scenario.outages().forEach(outage -> {
            scheduler.at(START.plus(outage.start()), primary.faults()::goDark);
            scheduler.at(START.plus(outage.end()), primary.faults()::restore);
        });
        replication.start();
        failover.start(random.split());
        clients.start();
        scheduler.runUntil(START.plus(scenario.duration()));
        clients.stop();

        Settling settling = new Settling(scenario, scheduler, router, primary, secondary, audit);
        boolean settled = settling.awaitSettled(SETTLE_LIMIT);
        SimulatedRegion active = regionNamed(router.activeRegion().region(), primary, secondary);
        return new ReportAssembler(scenario, START).assemble(new ReportAssembler.Outcome(audit, failovers,
                lag.max(), replication.deliveriesMissed(), notifier.sent(), settling.divergentStreams(), active,
                primary, secondary, settled, scheduler.now()));
    }

    private static SimulatedRegion regionNamed(Region region, SimulatedRegion primary, SimulatedRegion secondary) {
        return region.equals(primary.region()) ? primary : secondary;
    }
}
