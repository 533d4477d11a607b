package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.application.port.Metric;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void logs_one_json_line_per_request_with_its_request_id_route_status_and_latency() throws Exception {
        api.call(ProxyEvent.post("/metrics").requestId("req-42").body(Bodies.deployment("dep-1", "succeeded")));
        api.call(ProxyEvent.get("/nowhere").requestId("req-43"));

        assertThat(api.logLines).hasSize(2);
        JsonNode first = Json.MAPPER.readTree(api.logLines.get(0));
        assertThat(first.path("requestId").asText()).isEqualTo("req-42");
        assertThat(first.path("route").asText()).isEqualTo("POST /metrics");
        assertThat(first.path("status").asInt()).isEqualTo(201);
        assertThat(first.path("latencyMs").isNumber()).isTrue();
        JsonNode second = Json.MAPPER.readTree(api.logLines.get(1));
        assertThat(second.path("route").asText()).isEqualTo("unmatched");
        assertThat(second.path("status").asInt()).isEqualTo(404);
    }

    @Test
    void records_a_count_and_a_latency_per_request_by_route_and_status_class() {
        api.call(ProxyEvent.get("/metrics/deployments/{id}".replace("{id}", "dep-9")));

        Map<String, String> dimensions = Map.of("Route", "GET /metrics/deployments/{id}", "StatusClass", "4xx");
        assertThat(api.metrics.latest("ApiRequests", dimensions)).get()
                .extracting(Metric::value).isEqualTo(1.0);
        assertThat(api.metrics.latest("ApiLatency", dimensions)).get()
                .extracting(Metric::unit).isEqualTo(Metric.Unit.MILLISECONDS);
    }

    @Test
    void names_a_route_by_its_template_not_by_the_id_asked_for() throws Exception {
        api.call(ProxyEvent.get("/metrics/incidents/inc-7"));

        assertThat(Json.MAPPER.readTree(api.logLines.getFirst()).path("route").asText())
                .isEqualTo("GET /metrics/incidents/{id}");
    }
}
