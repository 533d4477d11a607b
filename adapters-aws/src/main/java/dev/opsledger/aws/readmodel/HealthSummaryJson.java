package dev.opsledger.aws.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/** Reads the {@link HealthSummary} out of the members {@link HealthSummaryState} keeps per stream. */
final class HealthSummaryJson {

    private HealthSummaryJson() {
    }

    static HealthSummary summary(JsonNode streams) {
        List<JsonNode> nodes = StreamSupport.stream(streams.spliterator(), false).toList();
        return new HealthSummary(
                nodes.stream().filter(kind("component")).map(HealthSummaryJson::component)
                        .sorted(Comparator.comparing(ComponentSummary::region).thenComparing(ComponentSummary::component))
                        .toList(),
                nodes.stream().filter(kind("failover")).map(HealthSummaryJson::active)
                        .max(Comparator.comparingLong(ActiveRegionSummary::epoch)),
                nodes.stream().filter(kind("route")).map(HealthSummaryJson::route)
                        .sorted(Comparator.comparing((RouteSummary route) -> route.route().source())
                                .thenComparing(route -> route.route().target()))
                        .toList());
    }

    private static Predicate<JsonNode> kind(String kind) {
        return node -> node.path("kind").asText().equals(kind);
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
