package dev.opsledger.local.regions;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.Failover;
import dev.opsledger.domain.failover.FailoverDecider;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.failover.RegionPair;

/**
 * Where the router stood when the last process stopped, read from the failover stream in the control store
 * (the secondary's table): in AWS, Route 53 keeps it; here the router lives in memory, so a server started
 * again on tables that outlived it must not forget a failover. A switch left half-done resumes from the
 * region it was leaving, as the router still named that one.
 */
final class RecordedFailover {

    private RecordedFailover() {
    }

    static ActiveRegion activeRegion(RegionPair regions, EventStore controlStore) {
        Failover state = FailoverDecider.decider(regions).fold(controlStore.readStream(regions.stream()).stream()
                .map(RecordedEvent::event)
                .map(FailoverEvent.class::cast)
                .toList());
        return switch (state) {
            case Failover.Steady steady -> new ActiveRegion(steady.active(), steady.epoch());
            case Failover.Switching switching -> new ActiveRegion(switching.from(), switching.epoch() - 1);
        };
    }
}
