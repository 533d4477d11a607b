package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.port.Metric;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON log line and two metrics per request, by route and status class: {@code ApiRequests} (count)
 * and {@code ApiLatency} (milliseconds). An unexpected failure's class goes to the log line only, never
 * to the client.
 */
final class RequestObserver {

    static final String UNMATCHED = "unmatched";

    private final ApiServices services;

    RequestObserver(ApiServices services) {
        this.services = services;
    }

    void observe(String requestId, String route, int status, double latencyMillis, Optional<Throwable> failure) {
        ObjectNode line = Json.MAPPER.createObjectNode()
                .put("requestId", requestId)
                .put("route", route)
                .put("status", status)
                .put("latencyMs", latencyMillis);
        failure.ifPresent(unexpected -> line.put("failure", unexpected.getClass().getName()));
        services.requestLog().accept(line.toString());
        Map<String, String> dimensions = Map.of("Route", route, "StatusClass", status / 100 + "xx");
        Instant at = services.clock().instant();
        services.metrics().record(new Metric("ApiRequests", 1, Metric.Unit.COUNT, dimensions, at));
        services.metrics().record(new Metric("ApiLatency", latencyMillis, Metric.Unit.MILLISECONDS, dimensions, at));
    }
}
