package dev.opsledger.simulation;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
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

    /**
     * Runs until settled, judged from {@code quiet} (when the last outage is over and the clients have
     * stopped) on, or until {@code deadline}; returns whether it settled.
     */
    boolean awaitSettled(Instant quiet, Instant deadline) {
        scheduler.every(scenario.healthCheckInterval(), quiet, () -> settled = settledNow());
        return scheduler.runUntil(deadline, () -> settled);
    }

    /** The replicated streams that differ between the regions now; empty when a region is too dark to compare. */
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
