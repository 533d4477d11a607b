package dev.opsledger.inmemory.simulation;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Predicate;

/**
 * The run after the clients stopped: health checks, failback and replication go on until writes are
 * back in the primary and every replicated stream is the same in both regions.
 */
final class Settling {

    private final Scenario scenario;
    private final EventScheduler scheduler;
    private final SimulatedPair pair;
    private final Predicate<StreamId> replicated;
    private boolean settled;

    Settling(Scenario scenario, EventScheduler scheduler, SimulatedPair pair, Predicate<StreamId> replicated) {
        this.scenario = scenario;
        this.scheduler = scheduler;
        this.pair = pair;
        this.replicated = replicated;
    }

    /** Runs until settled or {@code limit} has passed; returns whether it settled. */
    boolean awaitSettled(Duration limit) {
        Duration interval = scenario.healthCheckInterval();
        scheduler.every(interval, scheduler.now(), () -> settled = settledNow());
        return scheduler.runUntil(scheduler.now().plus(limit), () -> settled);
    }

    /** The replicated streams that differ between the regions now; empty when a region is too dark to tell. */
    Optional<SortedSet<StreamId>> divergentStreams() {
        SortedSet<StreamId> streams = pair.primary().streams();
        streams.addAll(pair.secondary().streams());
        streams.removeIf(replicated.negate());
        try {
            return Optional.of(DivergenceCheck.compare(pair.primary().store(), pair.secondary().store(), streams));
        } catch (ServiceUnavailable regionDark) {
            return Optional.empty();
        }
    }

    private boolean settledNow() {
        return pair.primaryActive() && divergentStreams().map(SortedSet::isEmpty).orElse(false);
    }
}
