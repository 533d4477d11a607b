package dev.opsledger.local.regions;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.publishing.PublishFromFeed;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.List;

/**
 * Both regions running in this process on the wall clock: the primary active at epoch 0 (or whichever region
 * the tables' failover stream says, when they outlived an earlier process), health checks
 * with failover and failback, stream replication and the reconciler, each region's projection, and
 * publishing from the active region only (the standby must not put replicated events on the bus again).
 * Everything in the background runs on one thread; closing stops it.
 */
public final class LocalRegions implements AutoCloseable {

    private final RegionPairState pair;
    private final InstantSource clock;
    private final BackgroundJobs jobs;

    private LocalRegions(RegionPairState pair, InstantSource clock, BackgroundJobs jobs) {
        this.pair = pair;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** Opens both regions' tables in {@code storage} and starts the background work. */
    public static LocalRegions start(RegionPair regions, RegionStorage storage, JobIntervals intervals,
            InstantSource clock, PrintStream log) {
        LocalRegion primary = new LocalRegion(regions.primary(), storage.open(regions.primary(), clock));
        RegionTable secondaryTable = storage.open(regions.secondary(), clock);
        LocalRegion secondary = new LocalRegion(regions.secondary(), secondaryTable);
        InMemoryTrafficRouter router =
                new InMemoryTrafficRouter(RecordedFailover.activeRegion(regions, secondaryTable.log()));
        RegionPairState pair = new RegionPairState(router, primary, secondary);
        BackgroundJobs jobs = new BackgroundJobs(log);
        LocalReplication replication = new LocalReplication(pair, jobs, intervals, clock);
        replication.start();
        HealthAndFailover health = new HealthAndFailover(pair, intervals, replication.settings(), clock, log,
                replication::reconcile);
        jobs.every(intervals.healthCheck(), "the health check", health::checkOnce);
        for (LocalRegion region : List.of(primary, secondary)) {
            Projection projection = new Projection(region, intervals.feedLookBack());
            jobs.every(intervals.project(), "the projection of " + region.region(), projection::projectOnce);
            PublishFromFeed publishing = new PublishFromFeed(region.region(), region.log(), region.publisher(),
                    () -> new FeedSubscription(region.log(), intervals.feedLookBack(),
                            ReplicationSettings.DEFAULT_PAGE_SIZE),
                    region.metrics(), clock);
            jobs.every(intervals.publish(), "publishing in " + region.region(), () -> {
                if (pair.isActive(region) && !region.isDark()) {
                    publishing.publishOnce();
                }
            });
        }
        return new LocalRegions(pair, clock, jobs);
    }

    public LocalRegion primary() {
        return pair.primary();
    }

    public LocalRegion secondary() {
        return pair.secondary();
    }

    public LocalRegion named(Region region) {
        return pair.named(region);
    }

    /** The region the router names active, the one clients' requests reach. */
    public LocalRegion active() {
        return pair.active();
    }

    public TrafficRouter router() {
        return pair.router();
    }

    public InstantSource clock() {
        return clock;
    }

    @Override
    public void close() {
        jobs.close();
    }
}
