package dev.opsledger.aws.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The health summary as its item stores it: a JSON object with one member per health, replication or
 * failover stream, each holding what the summary needs of that stream and {@code applied}, the last
 * version of the stream folded in. Events at or below it are ignored, so replays and repeated or
 * late commits change nothing.
 */
final class HealthSummaryState {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HEALTH_STREAMS =
            Set.of(ComponentKey.STREAM_CATEGORY, ReplicationRoute.STREAM_CATEGORY, RegionPair.STREAM_CATEGORY);

    private final ObjectNode streams;

    private HealthSummaryState(ObjectNode streams) {
        this.streams = streams;
    }

    static HealthSummaryState parse(Optional<String> json) {
        try {
            return new HealthSummaryState(json.isPresent() ? (ObjectNode) JSON.readTree(json.get()) : JSON.createObjectNode());
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("the stored health summary is not JSON", corrupt);
        }
    }

    String json() {
        return streams.toString();
    }

    /** Folds in the commit's events beyond its stream's high-water mark; false when there were none. */
    boolean apply(Commit commit) {
        if (!summarises(commit.stream())) {
            return false;
        }
        String stream = commit.stream().value();
        long applied = streams.path(stream).path("applied").asLong(0);
        List<RecordedEvent> fresh = commit.events().stream().filter(event -> event.version() > applied).toList();
        if (fresh.isEmpty()) {
            return false;
        }
        ObjectNode node = streams.has(stream) ? (ObjectNode) streams.get(stream) : streams.putObject(stream);
        fresh.forEach(event -> fold(node, event));
        node.put("applied", fresh.getLast().version());
        return true;
    }

    static boolean summarises(StreamId stream) {
        return HEALTH_STREAMS.contains(stream.category());
    }

    HealthSummary summary() {
        return HealthSummaryJson.summary(streams);
    }

    private static void fold(ObjectNode node, RecordedEvent recorded) {
        switch (recorded.event()) {
            case CheckRecorded check -> component(node, check.component()).set("check", check(check.result()));
            case StatusChanged change -> component(node, change.component())
                    .put("status", change.to().name())
                    .put("statusSince", change.changedAt().toString());
            case ReplicationEvent replication -> fold(route(node, replication.route()), replication);
            case FailoverInitiated initiated -> active(node, initiated.to(), initiated.epoch(), true, initiated.initiatedAt());
            case FailoverCompleted completed -> active(node, completed.active(), completed.epoch(), false, completed.completedAt());
            case FailbackInitiated initiated -> active(node, initiated.to(), initiated.epoch(), true, initiated.initiatedAt());
            case FailbackCompleted completed -> active(node, completed.active(), completed.epoch(), false, completed.completedAt());
            default -> {
            }
        }
    }

    /** Any part of a successful batch ends a streak of failures, as the replication decider counts them. */
    private static void fold(ObjectNode route, ReplicationEvent event) {
        switch (event) {
            case LagObserved observed -> route.put("lag", observed.lag().toString())
                    .put("lagObservedAt", observed.observedAt().toString())
                    .put("failures", 0);
            case CheckpointAdvanced advanced -> route.put("failures", 0).set("checkpoint", position(advanced.checkpoint()));
            case ReplicationFailed failed -> route.put("failures", failed.consecutiveFailures());
            case BatchApplied applied -> route.put("failures", 0);
            case DivergenceDetected detected -> {
            }
        }
    }

    private static ObjectNode component(ObjectNode node, ComponentKey key) {
        return node.put("kind", "component").put("region", key.region().name()).put("component", key.component().name());
    }

    private static ObjectNode route(ObjectNode node, ReplicationRoute route) {
        return node.put("kind", "route").put("source", route.source().name()).put("target", route.target().name());
    }

    private static void active(ObjectNode node, Region region, long epoch, boolean switching, Instant since) {
        node.put("kind", "failover").put("region", region.name()).put("epoch", epoch).put("switching", switching)
                .put("since", since.toString());
    }

    private static JsonNode check(CheckResult result) {
        return JSON.createObjectNode()
                .put("passed", result.passed())
                .put("latency", result.latency().toString())
                .put("reason", result.reason())
                .put("checkedAt", result.checkedAt().toString());
    }

    private static JsonNode position(LogPosition position) {
        return JSON.createObjectNode()
                .put("committedAt", position.committedAt().toString())
                .put("stream", position.stream().value())
                .put("version", position.version());
    }
}
