package dev.opsledger.application.health.summary;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.failover.FailoverEvent;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each event as a commit of its own stream at the stream's next version, as the health, replication and failover writers append them. */
final class HealthLog {

    private static final Instant COMMITTED_AT = Instant.parse("2025-03-01T00:00:00Z");

    private HealthLog() {
    }

    static List<Commit> commitsOf(DomainEvent... events) {
        Map<StreamId, Long> versions = new HashMap<>();
        return List.of(events).stream().map(event -> {
            StreamId stream = streamOf(event);
            long version = versions.merge(stream, 1L, Long::sum);
            return DoraLog.commit(stream, version, COMMITTED_AT, event);
        }).toList();
    }

    static HealthSummaryProjection fold(List<Commit> commits) {
        HealthSummaryProjection projection = HealthSummaryProjection.EMPTY;
        for (Commit commit : commits) {
            projection = projection.evolve(commit);
        }
        return projection;
    }

    private static StreamId streamOf(DomainEvent event) {
        return switch (event) {
            case HealthEvent health -> health.component().streamAt(COMMITTED_AT);
            case ReplicationEvent replication -> replication.route().streamAt(COMMITTED_AT);
            case FailoverEvent failover -> RegionPair.DEFAULT.stream();
            default -> throw new IllegalArgumentException("not a health, replication or failover event: " + event);
        };
    }
}
