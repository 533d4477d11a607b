package dev.opsledger.simulation;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.RecordIncident;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryWriteLeases;
import dev.opsledger.inmemory.fault.FaultInjectingEventStore;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.simulation.ClientWrite.OfDeployment;
import dev.opsledger.simulation.ClientWrite.OfIncident;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One region of the pair: its faults, its table behind them and behind a change-stream tap, and its
 * write path, fenced by the region's write lease.
 */
final class SimulatedRegion {

    private static final int AUDIT_PAGE = 1000;

    private final Region region;
    private final Faults faults = new Faults();
    private final EventStore table;
    private final ChangeStreamTap store;
    private final RecordDeployment deployments;
    private final RecordIncident incidents;
    private final InMemoryWriteLeases writeLeases = new InMemoryWriteLeases();

    SimulatedRegion(Region region, InstantSource clock, Duration feedLag) {
        this(region, new InMemoryEventStore(clock), clock, feedLag);
    }

    /** {@code table} answers every call and shows commits on its feed at once: faults and feed lag are added here. */
    SimulatedRegion(Region region, EventStore table, InstantSource clock, Duration feedLag) {
        this.region = region;
        this.table = table;
        this.store = new ChangeStreamTap(new FaultInjectingEventStore(new LaggingFeedEventStore(table, clock, feedLag),
                faults));
        WriteFence fence = WriteFence.leased(region, writeLeases, clock);
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

    /** The lease the region's API writes under, renewed by the region's health checker. */
    InMemoryWriteLeases writeLeases() {
        return writeLeases;
    }

    Faults faults() {
        return faults;
    }

    /** The table as every use case of the region sees it: faults, feed lag and change stream included. */
    ChangeStreamTap store() {
        return store;
    }

    /** For the audit: every commit the table really holds, in feed order, whatever the faults. */
    List<Commit> allCommits() {
        List<Commit> commits = new ArrayList<>();
        FeedPage page = table.readFeed(LogPosition.START, AUDIT_PAGE);
        while (!page.commits().isEmpty()) {
            commits.addAll(page.commits());
            page = table.readFeed(page.next(), AUDIT_PAGE);
        }
        return commits;
    }

    /** For the audit: the streams holding at least one commit, whatever the faults. */
    SortedSet<StreamId> streams() {
        SortedSet<StreamId> streams = new TreeSet<>();
        allCommits().forEach(commit -> streams.add(commit.stream()));
        return streams;
    }
}
