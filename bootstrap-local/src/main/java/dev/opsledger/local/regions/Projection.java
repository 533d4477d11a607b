package dev.opsledger.local.regions;

import dev.opsledger.application.dora.ProjectDoraFacts;
import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.health.summary.ProjectHealthSummary;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import java.util.List;

/**
 * Keeps one region's read models up to date from its own feed, in every region (the standby must answer
 * from fresh models after a failover). The checkpoint moves only once the commits are applied: a pass
 * that fails takes a fresh subscription and reads them again, which the idempotent models allow.
 */
final class Projection {

    private final LocalRegion region;
    private final ProjectDoraFacts dora;
    private final ProjectHealthSummary health;
    private FeedSubscription feed;
    private LogPosition checkpoint = LogPosition.START;

    private final Duration lookBack;

    Projection(LocalRegion region, Duration lookBack) {
        this.region = region;
        this.lookBack = lookBack;
        this.dora = new ProjectDoraFacts(region.doraModel());
        this.health = new ProjectHealthSummary(region.healthSummary());
        this.feed = subscription();
    }

    void projectOnce() {
        try {
            List<Commit> commits = feed.poll(checkpoint);
            dora.project(commits);
            health.project(commits);
            checkpoint = feed.nextCheckpoint();
        } catch (ServiceUnavailable unreachable) {
            feed = subscription();
        }
    }

    private FeedSubscription subscription() {
        return new FeedSubscription(region.log(), lookBack, ReplicationSettings.DEFAULT_PAGE_SIZE);
    }
}
