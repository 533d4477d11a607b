package dev.opsledger.aws.replication;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.HourlyStream;
import java.time.InstantSource;
import java.util.List;

/**
 * The primary region on the test JVM's shared dynalite and the disaster-recovery region on a second
 * dynalite server, so that the regions share nothing but the replicator between them. Each call makes
 * fresh tables on the same two servers.
 */
record TwoDynaliteRegions(DynaliteTable primary, DynaliteTable secondary) {

    static final RegionPair PAIR = RegionPair.DEFAULT;
    static final ReplicationRoute ROUTE = new ReplicationRoute(PAIR.primary(), PAIR.secondary());

    private static final class SecondServer {
        static final Dynalite SERVER = Dynalite.start();
    }

    static TwoDynaliteRegions fresh(InstantSource clock) {
        Dynalite primaryServer = Dynalite.shared();
        Dynalite secondaryServer = SecondServer.SERVER;
        return new TwoDynaliteRegions(
                new DynaliteTable(PAIR.primary(), primaryServer.client(), primaryServer.createEventTable(), clock),
                new DynaliteTable(PAIR.secondary(), secondaryServer.client(), secondaryServer.createEventTable(), clock));
    }

    /** The target checked against the source, on the streams replicated by default. */
    ReplicationAudit audit() {
        return ReplicationAudit.of(primary, secondary, ReplicationSettings.defaults().replicated());
    }

    /** What the replicators recorded about the route in the target region: checkpoints, failures, divergence. */
    List<ReplicationEvent> replicationEvents() {
        EventStore store = secondary.newStore();
        return secondary.storedCommits().stream()
                .map(StoredCommit::stream)
                .filter(stream -> HourlyStream.seriesOf(stream).equals(ROUTE.series()))
                .distinct()
                .sorted()
                .flatMap(stream -> store.readStream(stream).stream())
                .map(RecordedEvent::event)
                .map(ReplicationEvent.class::cast)
                .toList();
    }

    static Dynalite secondaryServer() {
        return SecondServer.SERVER;
    }
}
