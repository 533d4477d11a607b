package dev.opsledger.aws.replication;

import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.replication.ReplicationRoute;
import java.time.InstantSource;

/**
 * The primary region on the test JVM's shared dynalite and the disaster-recovery region on a second
 * dynalite server, so that the regions share nothing but the replicator between them. Each call makes
 * fresh tables on the same two servers.
 */
record TwoDynaliteRegions(RegionTable primary, RegionTable secondary) {

    static final RegionPair PAIR = RegionPair.DEFAULT;
    static final ReplicationRoute ROUTE = new ReplicationRoute(PAIR.primary(), PAIR.secondary());

    private static final class SecondServer {
        static final Dynalite SERVER = Dynalite.start();
    }

    static TwoDynaliteRegions fresh(InstantSource clock) {
        Dynalite primaryServer = Dynalite.shared();
        Dynalite secondaryServer = SecondServer.SERVER;
        return new TwoDynaliteRegions(
                new RegionTable(PAIR.primary(), primaryServer.client(), primaryServer.createEventTable(), clock),
                new RegionTable(PAIR.secondary(), secondaryServer.client(), secondaryServer.createEventTable(), clock));
    }

    static Dynalite secondaryServer() {
        return SecondServer.SERVER;
    }
}
