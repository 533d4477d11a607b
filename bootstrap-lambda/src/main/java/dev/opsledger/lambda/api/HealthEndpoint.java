package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.health.summary.SwitchSummary;
import dev.opsledger.application.health.summary.SystemHealth;
import dev.opsledger.application.health.summary.SystemHealth.ComponentReport;
import dev.opsledger.application.health.summary.SystemHealth.RouteReport;
import dev.opsledger.domain.health.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code GET /health}: the system's health as the region's summary has it, with its latest failovers and failbacks; 503 when it is unhealthy. */
final class HealthEndpoint {

    static final String RETRY_UNHEALTHY_SECONDS = "30";

    private final ApiServices services;

    HealthEndpoint(ApiServices services) {
        this.services = services;
    }

    ApiResponse handle() {
        SystemHealth health = services.health().report();
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("status", lower(health.status()))
                .put("at", health.at().toString());
        ArrayNode reasons = body.putArray("reasons");
        health.reasons().forEach(reasons::add);
        ObjectNode active = body.putObject("activeRegion")
                .put("region", health.activeRegion().region().name())
                .put("epoch", health.activeRegion().epoch())
                .put("switching", health.activeRegion().switching());
        instant(active, "since", health.activeRegion().since());
        ArrayNode components = body.putArray("components");
        health.components().forEach(component -> component(components.addObject(), component));
        ArrayNode routes = body.putArray("routes");
        health.routes().forEach(route -> route(routes.addObject(), route));
        ArrayNode failovers = body.putArray("failovers");
        health.switches().forEach(row -> failover(failovers.addObject(), row));
        return health.status() == HealthStatus.UNHEALTHY
                ? ApiResponse.json(503, body, Map.of("Retry-After", RETRY_UNHEALTHY_SECONDS))
                : ApiResponse.json(200, body);
    }

    private static void component(ObjectNode node, ComponentReport component) {
        node.put("region", component.region().name())
                .put("component", lower(component.component()))
                .put("status", lower(component.status()));
        instant(node, "statusSince", component.statusSince());
        component.lastCheck().ifPresentOrElse(check -> node.putObject("lastCheck")
                        .put("passed", check.passed())
                        .put("latencyMs", check.latency().toNanos() / 1e6)
                        .put("reason", check.reason())
                        .put("checkedAt", check.checkedAt().toString()),
                () -> node.putNull("lastCheck"));
        seconds(node, "lastCheckAgeSeconds", component.lastCheckAge());
        node.put("stale", component.stale());
    }

    private static void route(ObjectNode node, RouteReport route) {
        node.put("source", route.route().source().name()).put("target", route.route().target().name());
        seconds(node, "lagSeconds", route.lag());
        instant(node, "lagObservedAt", route.lagObservedAt());
        seconds(node, "lagAgeSeconds", route.lagAge());
        route.checkpoint().ifPresentOrElse(checkpoint -> node.putObject("checkpoint")
                        .put("committedAt", checkpoint.committedAt().toString())
                        .put("stream", checkpoint.stream().value())
                        .put("version", checkpoint.version()),
                () -> node.putNull("checkpoint"));
        node.put("consecutiveFailures", route.consecutiveFailures());
    }

    private static void failover(ObjectNode node, SwitchSummary row) {
        node.put("kind", lower(row.kind()))
                .put("from", row.from().name())
                .put("to", row.to().name())
                .put("epoch", row.epoch())
                .put("startedAt", row.startedAt().toString());
        instant(node, "completedAt", row.completedAt());
        seconds(node, "durationSeconds", row.duration());
        row.orphans().ifPresentOrElse(orphans -> node.put("reapplied", orphans.reapplied()).put("quarantined", orphans.quarantined()),
                () -> node.putNull("reapplied").putNull("quarantined"));
    }

    private static void instant(ObjectNode node, String field, Optional<Instant> instant) {
        instant.ifPresentOrElse(value -> node.put(field, value.toString()), () -> node.putNull(field));
    }

    private static void seconds(ObjectNode node, String field, Optional<Duration> duration) {
        duration.ifPresentOrElse(value -> node.put(field, LookupEndpoint.seconds(value)), () -> node.putNull(field));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
