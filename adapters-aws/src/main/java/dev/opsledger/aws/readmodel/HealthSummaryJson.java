package dev.opsledger.aws.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.health.summary.ActiveRegionSummary;
import dev.opsledger.application.health.summary.ComponentSummary;
import dev.opsledger.application.health.summary.HealthSummaryProjection;
import dev.opsledger.application.health.summary.RouteSummary;
import dev.opsledger.application.health.summary.SummarisedStream;
import dev.opsledger.application.health.summary.SummarisedStream.ComponentStream;
import dev.opsledger.application.health.summary.SummarisedStream.FailoverStream;
import dev.opsledger.application.health.summary.SummarisedStream.RouteStream;
import dev.opsledger.application.health.summary.SwitchSummary;
import dev.opsledger.application.health.summary.SwitchSummary.RescuedOrphans;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link HealthSummaryProjection} as the summary item stores it: a JSON object with one member per
 * series (in series order, so equal summaries are equal items), holding its {@code kind} ({@code component},
 * {@code route} or {@code failover}), what the summary keeps of it, {@code stream}, the series' latest stream
 * folded in (absent when it is the series itself, as items written before hourly streams were), and
 * {@code applied}, the last version of that stream folded in. A failover series also holds its latest
 * {@code switches}, newest first. Absent optional values are absent members; a component without
 * {@code status} is healthy, a route without {@code failures} has none and a failover series without
 * {@code switches} has none kept, as items written before those members were always written read.
 */
final class HealthSummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthSummaryJson() {
    }

    static String write(HealthSummaryProjection projection) {
        ObjectNode streams = JSON.createObjectNode();
        new TreeMap<>(projection.series()).forEach((series, entry) -> write(streams.putObject(series.value()), series, entry));
        return streams.toString();
    }

    static HealthSummaryProjection read(String json) {
        JsonNode streams;
        try {
            streams = JSON.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("the stored health summary is not JSON", corrupt);
        }
        Map<StreamId, SummarisedStream> entries = new HashMap<>();
        streams.properties().forEach(member -> {
            StreamId series = new StreamId(member.getKey());
            entries.put(series, entry(series, member.getValue()));
        });
        return new HealthSummaryProjection(entries);
    }

    private static void write(ObjectNode node, StreamId series, SummarisedStream entry) {
        switch (entry) {
            case ComponentStream stream -> write(node.put("kind", "component"), stream.component());
            case RouteStream stream -> write(node.put("kind", "route"), stream.route());
            case FailoverStream stream -> write(node.put("kind", "failover"), stream.active(), stream.switches());
        }
        if (!entry.stream().equals(series)) {
            node.put("stream", entry.stream().value());
        }
        node.put("applied", entry.version());
    }

    private static void write(ObjectNode node, ComponentSummary component) {
        node.put("region", component.region().name())
                .put("component", component.component().name())
                .put("status", component.status().name());
        component.statusSince().ifPresent(since -> node.put("statusSince", since.toString()));
        component.lastCheck().ifPresent(check -> node.putObject("check")
                .put("passed", check.passed())
                .put("latency", check.latency().toString())
                .put("reason", check.reason())
                .put("checkedAt", check.checkedAt().toString()));
    }

    private static void write(ObjectNode node, RouteSummary route) {
        node.put("source", route.route().source().name())
                .put("target", route.route().target().name())
                .put("failures", route.consecutiveFailures());
        route.lag().ifPresent(lag -> node.put("lag", lag.toString()));
        route.lagObservedAt().ifPresent(at -> node.put("lagObservedAt", at.toString()));
        route.checkpoint().ifPresent(checkpoint -> node.putObject("checkpoint")
                .put("committedAt", checkpoint.committedAt().toString())
                .put("stream", checkpoint.stream().value())
                .put("version", checkpoint.version()));
    }

    private static void write(ObjectNode node, ActiveRegionSummary active, List<SwitchSummary> switches) {
        node.put("region", active.region().name())
                .put("epoch", active.epoch())
                .put("switching", active.switching())
                .put("since", active.since().toString());
        if (!switches.isEmpty()) {
            ArrayNode rows = node.putArray("switches");
            switches.forEach(row -> write(rows.addObject(), row));
        }
    }

    private static void write(ObjectNode node, SwitchSummary row) {
        node.put("kind", row.kind().name())
                .put("from", row.from().name())
                .put("to", row.to().name())
                .put("epoch", row.epoch())
                .put("startedAt", row.startedAt().toString());
        row.completedAt().ifPresent(completed -> node.put("completedAt", completed.toString()));
        row.orphans().ifPresent(orphans -> node.put("reapplied", orphans.reapplied()).put("quarantined", orphans.quarantined()));
    }

    private static SummarisedStream entry(StreamId series, JsonNode node) {
        long applied = node.get("applied").asLong();
        StreamId stream = node.has("stream") ? new StreamId(node.get("stream").asText()) : series;
        return switch (node.path("kind").asText()) {
            case "component" -> new ComponentStream(stream, applied, component(node));
            case "route" -> new RouteStream(stream, applied, route(node));
            case "failover" -> new FailoverStream(stream, applied, active(node), switches(node));
            default -> throw new IllegalStateException("the stored health summary holds a stream of unknown kind: " + node);
        };
    }

    private static ComponentSummary component(JsonNode node) {
        return new ComponentSummary(
                new Region(node.get("region").asText()),
                Component.valueOf(node.get("component").asText()),
                HealthStatus.valueOf(node.path("status").asText(HealthStatus.HEALTHY.name())),
                instant(node, "statusSince"),
                Optional.ofNullable(node.get("check")).map(check -> new CheckResult(
                        check.get("passed").asBoolean(),
                        Duration.parse(check.get("latency").asText()),
                        check.get("reason").asText(),
                        Instant.parse(check.get("checkedAt").asText()))));
    }

    private static ActiveRegionSummary active(JsonNode node) {
        return new ActiveRegionSummary(new Region(node.get("region").asText()), node.get("epoch").asLong(),
                node.get("switching").asBoolean(), Instant.parse(node.get("since").asText()));
    }

    private static List<SwitchSummary> switches(JsonNode node) {
        List<SwitchSummary> switches = new ArrayList<>();
        node.path("switches").forEach(row -> switches.add(new SwitchSummary(
                SwitchSummary.Kind.valueOf(row.get("kind").asText()),
                new Region(row.get("from").asText()),
                new Region(row.get("to").asText()),
                row.get("epoch").asLong(),
                Instant.parse(row.get("startedAt").asText()),
                instant(row, "completedAt"),
                row.has("reapplied")
                        ? Optional.of(new RescuedOrphans(row.get("reapplied").asInt(), row.get("quarantined").asInt()))
                        : Optional.empty())));
        return switches;
    }

    private static RouteSummary route(JsonNode node) {
        return new RouteSummary(
                new ReplicationRoute(new Region(node.get("source").asText()), new Region(node.get("target").asText())),
                Optional.ofNullable(node.get("lag")).map(lag -> Duration.parse(lag.asText())),
                instant(node, "lagObservedAt"),
                Optional.ofNullable(node.get("checkpoint")).map(checkpoint -> new LogPosition(
                        Instant.parse(checkpoint.get("committedAt").asText()),
                        new StreamId(checkpoint.get("stream").asText()),
                        checkpoint.get("version").asLong())),
                node.path("failures").asInt(0));
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(value -> Instant.parse(value.asText()));
    }
}
