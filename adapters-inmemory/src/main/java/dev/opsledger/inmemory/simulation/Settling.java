package dev.opsledger.inmemory.simulation;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The run after the clients stopped: health checks, failback and replication go on until writes are
 * back in the primary and every stream a client wrote is the same in both regions.
 */
final class Settling {

    private final Scenario scenario;
    private final EventScheduler scheduler;
    private final TrafficRouter router;
    private final SimulatedRegion primary;
    private final SimulatedRegion secondary;
    private final WriteAudit audit;
    private boolean settled;

    Settling(Scenario scenario, EventScheduler scheduler, TrafficRouter router, SimulatedRegion primary,
            SimulatedRegion secondary, WriteAudit audit) {
        this.scenario = scenario;
        this.scheduler = scheduler;
        this.router = router;
        this.primary = primary;
        this.secondary = secondary;
        this.audit = audit;
    }

    /** Runs until settled or {@code limit} has passed; returns whether it settled. */
    boolean awaitSettled(Duration limit) {
        Duration interval = scenario.healthCheckInterval();
        scheduler.every(interval, scheduler.now(), () -> settled = settledNow());
        return scheduler.runUntil(scheduler.now().plus(limit), () -> settled);
    }

    /** The streams that differ between the regions now; empty when a region is too dark to tell. */
    Optional<SortedSet<StreamId>> divergentStreams() {
        try {
            return Optional.of(DivergenceCheck.compare(primary.table(), secondary.table(), audit.streams()));
        } catch (ServiceUnavailable regionDark) {
            return Optional.empty();
        }
    }

    private boolean settledNow() {
        return router.activeRegion().admitsWritesIn(primary.region())
                && divergentStreams().map(SortedSet::isEmpty).orElse(false);
    }
}
