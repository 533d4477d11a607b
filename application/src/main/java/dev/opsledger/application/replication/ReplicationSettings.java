package dev.opsledger.application.replication;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a region's log is copied: the feed's look-back window, the page size of feed reads, which streams
 * travel, and after how many consecutive failed passes an operator is alerted.
 *
 * <p>Only business facts are replicated by default: deployments, incidents, the request keys spent on them
 * (so that after a failover the other region still refuses a key reused for another stream), and the
 * quarantine records failback writes (after failback they are the only copy of events a former primary
 * acknowledged, so they must not live in one region only). Health, replication and failover streams are region-local on
 * purpose: each describes what one region observed (its probes, its checkpoint into it, the failover state
 * its router follows), and copying them would make a region report another's observations as its own and
 * make the replication stream replicate itself. (The failover stream is the one exception, and not this
 * record's: failback copies it into the primary once the switch is recorded, so both regions' health
 * summaries tell the same switches.)
 */
public record ReplicationSettings(Duration lookBack, int pageSize, Predicate<StreamId> replicated, int failuresBeforeAlert) {

    public static final Duration DEFAULT_LOOK_BACK = Duration.ofMinutes(2);
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int DEFAULT_FAILURES_BEFORE_ALERT = 3;
    private static final Set<String> REPLICATED_CATEGORIES = Set.of(
            DeploymentId.STREAM_CATEGORY, IncidentId.STREAM_CATEGORY, RequestKey.STREAM_CATEGORY,
            CommitQuarantined.STREAM_CATEGORY);

    public ReplicationSettings {
        Objects.requireNonNull(lookBack, "lookBack");
        Objects.requireNonNull(replicated, "replicated");
        if (lookBack.isNegative()) {
            throw new IllegalArgumentException("lookBack must not be negative, was " + lookBack);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        if (failuresBeforeAlert < 1) {
            throw new IllegalArgumentException("failuresBeforeAlert must be at least 1, was " + failuresBeforeAlert);
        }
    }

    public ReplicationSettings(Duration lookBack, int pageSize, Predicate<StreamId> replicated) {
        this(lookBack, pageSize, replicated, DEFAULT_FAILURES_BEFORE_ALERT);
    }

    public static ReplicationSettings defaults() {
        return new ReplicationSettings(DEFAULT_LOOK_BACK, DEFAULT_PAGE_SIZE, ReplicationSettings::isBusinessStream);
    }

    private static boolean isBusinessStream(StreamId stream) {
        return REPLICATED_CATEGORIES.contains(stream.category());
    }
}
