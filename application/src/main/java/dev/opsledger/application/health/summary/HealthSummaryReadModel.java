package dev.opsledger.application.health.summary;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ServiceUnavailable;

/**
 * The health summary of one region's log: the status and latest check of each component, the replication
 * lag and checkpoint of each route, and the active region with its fencing epoch, as
 * {@link HealthSummaryProjection} folds them from the health, replication and failover streams.
 * Rebuildable from the log at any time.
 *
 * <p>Contract, held by every implementation and checked by the shared contract suite:
 * <ul>
 *   <li>{@link #apply} is idempotent and order-insensitive across streams: applying a commit again, or a
 *       commit of a stream older than one already applied, changes nothing, and commits of different
 *       streams give the same summary in any interleaving. Commits of streams that are neither health,
 *       replication nor failover streams change nothing.</li>
 *   <li>{@link #read} returns what {@link HealthSummaryProjection#summary()} gives after evolving
 *       {@link HealthSummaryProjection#EMPTY} by every commit applied; before any, an empty summary.</li>
 *   <li>Concurrent callers of {@link #apply} lose nothing: the summary holds every commit applied.</li>
 *   <li>Any call may throw {@link ServiceUnavailable}; applying the same commits again is always safe.</li>
 * </ul>
 */
public interface HealthSummaryReadModel {

    void apply(Commit commit);

    HealthSummary read();
}
