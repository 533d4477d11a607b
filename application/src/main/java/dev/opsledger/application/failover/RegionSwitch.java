package dev.opsledger.application.failover;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.recording.CommandHandler;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.Failover;
import dev.opsledger.domain.failover.Failover.Switching;
import dev.opsledger.domain.failover.FailoverCommand;
import dev.opsledger.domain.failover.FailoverDecider;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Moves writes from one region of the pair to the other in three steps that each survive a crash: record
 * the initiation (which raises the epoch), promote the region in the router at that epoch, record the
 * completion. A re-run reads the failover stream and resumes after the last step that was recorded; the
 * router's promote is idempotent at the same epoch, so a crash between promote and completion is harmless.
 * The completion is stamped when it is recorded (never before the initiation, whatever the clock did), so the
 * time between the two is how long no region accepted writes.
 */
final class RegionSwitch {

    /** The command that completes the switch at {@code epoch}, recorded at {@code completedAt}. */
    @FunctionalInterface
    interface Completion {
        FailoverCommand at(long epoch, Instant completedAt);
    }

    private final RegionPair regions;
    private final TrafficRouter router;
    private final EventStore controlStore;
    private final InstantSource clock;
    private final CommandHandler<FailoverCommand, Failover, FailoverEvent> handler;

    RegionSwitch(RegionPair regions, TrafficRouter router, EventStore controlStore, InstantSource clock) {
        this.regions = regions;
        this.router = router;
        this.controlStore = controlStore;
        this.clock = clock;
        this.handler = new CommandHandler<>(controlStore, FailoverDecider.decider(regions), FailoverEvent.class);
    }

    Failover state() {
        return FailoverDecider.decider(regions).fold(controlStore.readStream(regions.stream()).stream()
                .map(RecordedEvent::event)
                .map(FailoverEvent.class::cast)
                .toList());
    }

    /** True when a switch towards {@code to} was initiated and never completed. */
    static boolean unfinishedTowards(Failover state, Region to) {
        return state instanceof Switching switching && switching.to().equals(to);
    }

    /**
     * Switches to {@code to}, starting with {@code initiate} unless {@code state} shows that switch already
     * under way, and finishing with the command {@code complete} builds for the switch's epoch and the time now.
     */
    ActiveRegion switchTo(Region to, Failover state, FailoverCommand initiate, Completion complete) {
        Failover current = state;
        if (!unfinishedTowards(current, to)) {
            current = handler.handle(commandId("initiate", to, current.epoch() + 1), regions.stream(), initiate).state();
        }
        Switching switching = (Switching) current;
        long epoch = switching.epoch();
        ActiveRegion target = new ActiveRegion(to, epoch);
        ActiveRegion active = router.activeRegion().equals(target) ? target : router.promote(to, epoch - 1);
        Instant now = clock.instant();
        Instant completedAt = now.isBefore(switching.startedAt()) ? switching.startedAt() : now;
        handler.handle(commandId("complete", to, epoch), regions.stream(), complete.at(epoch, completedAt));
        return active;
    }

    private String commandId(String step, Region to, long epoch) {
        return regions.stream().value() + ":" + step + "-switch-to-" + to.name() + "@" + epoch;
    }
}
