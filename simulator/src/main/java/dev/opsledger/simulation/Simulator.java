package dev.opsledger.simulation;

import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs a scenario: both regions of the pair in this process on one virtual clock, clients writing
 * through the real use cases, the primary going dark as the scenario says, health checks, failover,
 * replication and failback as in production. Every random choice comes from the scenario's seed, so a
 * seed always gives the same report.
 *
 * <p>The settle rule: when the clients stop, the run goes on without them until the system has settled
 * (the last outage is over, writes are back in the primary and every replicated stream is the same in
 * both regions), checked every health-check interval, for at most {@link #SETTLE_LIMIT} after the later
 * of the clients stopping and the last outage ending; then it is audited. A run that did not settle says
 * so: its stranded events are not lost, and divergence could not be judged.
 */
public final class Simulator {

    static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    /** How late a commit shows on a table's feed index: the eventual consistency replication must cope with. */
    static final Duration FEED_LAG = Duration.ofSeconds(1);
    public static final Duration SETTLE_LIMIT = Duration.ofHours(2);

    private final RegionTables tables;

    /** Keeps both regions' tables in memory. */
    public Simulator() {
        this(RegionTables.inMemory());
    }

    /** Opens both regions' tables of every run with {@code tables}. */
    public Simulator(RegionTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    public SimulationReport run(Scenario scenario) {
        return run(scenario, RunProgress.NONE);
    }

    public SimulationReport run(Scenario scenario, RunProgress progress) {
        VirtualClock clock = new VirtualClock(START);
        EventScheduler scheduler = new EventScheduler(clock);
        scheduler.afterEachStep(now -> progress.reached(Duration.between(START, now)));
        SplittableRandom random = new SplittableRandom(scenario.seed());
        SimulatedPair pair = SimulatedPair.of(RegionPair.DEFAULT, tables, clock, FEED_LAG);
        RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());
        WriteAudit audit = new WriteAudit();
        ReplicationLag lag = new ReplicationLag(clock);
        pair.primary().store().subscribe(lag::committedInPrimary);
        pair.secondary().store().subscribe(lag::appliedInSecondary);

        ReplicationDriver replication = new ReplicationDriver(scenario, scheduler, random.split(), pair, notifier, lag);
        FailoverLog failovers = new FailoverLog(scenario, START, audit, pair);
        FailoverDriver failover = new FailoverDriver(scenario, scheduler, pair, notifier, replication.settings(),
                failovers, replication::catchUpAfterFailback);
        Clients clients = new Clients(scenario, scheduler, random.split(), pair, audit);

        scenario.darkPeriods().forEach(outage -> {
            scheduler.at(START.plus(outage.start()), pair.primary().faults()::goDark);
            scheduler.at(START.plus(outage.end()), pair.primary().faults()::restore);
        });
        replication.start();
        failover.start(random.split());
        clients.start();
        scheduler.runUntil(START.plus(scenario.duration()));
        clients.stop();

        Settling settling = new Settling(scenario, scheduler, pair, replication.settings().replicated());
        Instant quiet = START.plus(scenario.lastOutageEnd()).isAfter(scheduler.now())
                ? START.plus(scenario.lastOutageEnd()) : scheduler.now();
        boolean settled = settling.awaitSettled(quiet, quiet.plus(SETTLE_LIMIT));
        return new ReportAssembler(scenario, START).assemble(new ReportAssembler.Outcome(audit, failovers,
                lag.max(), replication.deliveriesMissed(), notifier.sent(),
                settled ? settling.divergentStreams() : Optional.empty(), pair,
                settled, scheduler.now()));
    }
}
