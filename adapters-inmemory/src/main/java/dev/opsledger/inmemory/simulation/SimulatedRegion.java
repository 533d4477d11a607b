package dev.opsledger.inmemory.simulation;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.simulation.ClientWrite.OfDeployment;
import dev.opsledger.inmemory.simulation.ClientWrite.OfIncident;
import java.time.Duration;
import java.time.InstantSource;

/** One region of the pair: its faults, its table behind a change-stream tap, and its fenced write path. */
final class SimulatedRegion {

    private final Region region;
    private final Faults faults = new Faults();
    private final InMemoryEventStore table;
    private final ChangeStreamTap store;
    private final RecordDeployment deployments;
    private final RecordIncident incidents;

    SimulatedRegion(Region region, InstantSource clock, Duration feedLag, TrafficRouter router) {
        this.region = region;
        this.table = new InMemoryEventStore(clock, faults, feedLag);
        this.store = new ChangeStreamTap(table);
        WriteFence fence = new WriteFence(region, router);
        this.deployments = new RecordDeployment(store, fence);
        this.incidents = new RecordIncident(store, fence);
    }

    /** Handles a client's write as the region's API would; throws what the use cases throw. */
    Recorded record(ClientWrite write) {
        return switch (write.command()) {
            case OfDeployment deployment -> deployments.handle(write.commandId(), deployment.command());
            case OfIncident incident -> incidents.handle(write.commandId(), incident.command());
        };
    }

    Region region() {
        return region;
    }

    Faults faults() {
        return faults;
    }

    /** The table as every use case of the region sees it, change stream included. */
    ChangeStreamTap store() {
        return store;
    }

    /** The table itself, for the audit: what it really holds, whatever the faults. */
    InMemoryEventStore table() {
        return table;
    }
}
