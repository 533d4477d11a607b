package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final Map<String, List<String>> ROUTES = Map.of(
            "/metrics", List.of("GET", "POST"),
            "/metrics/deployments/dep-1", List.of("GET"),
            "/metrics/incidents/inc-1", List.of("GET"),
            "/health", List.of("GET"));

    private final ApiFixture api = new ApiFixture();

    static List<Object[]> matrix() {
        return ROUTES.entrySet().stream()
                .flatMap(route -> METHODS.stream().map(method -> new Object[] {route.getKey(), method, route.getValue()}))
                .toList();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("matrix")
    void every_route_answers_its_methods_and_refuses_the_others_with_405(String path, String method, List<String> allowed) {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        api.post(Bodies.incidentOpened("inc-1"));
        ProxyEvent event = ProxyEvent.request(method, path).query("service", "checkout");
        if (method.equals("POST")) {
            event.header("Content-Type", "application/json").body(Bodies.deployment("dep-2", "failed"));
        }

        Answer answer = api.call(event);

        if (allowed.contains(method)) {
            assertThat(answer.status()).isIn(200, 201);
        } else {
            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.header("Allow")).contains(String.join(", ", allowed));
            assertThat(answer.problemType()).endsWith("/method-not-allowed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/metric", "/metrics/", "/Metrics", "/metrics/deployments", "/metrics/deployments/",
            "/metrics/deployments/a/b", "/metrics/builds/x", "/metrics/incidents", "//metrics", "/metrics%2Fdeployments%2Fx",
            "/prod", "/api/metrics"})
    void answers_404_off_every_route(String path) {
        Answer answer = api.call(ProxyEvent.get(path));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void routes_on_the_path_without_the_stage_whichever_way_the_event_carries_it() {
        api.post(Bodies.deployment("dep-1", "succeeded"));

        assertThat(api.send(ProxyEvent.get("/prod/metrics/deployments/dep-1").stage("prod")).status()).isEqualTo(200);
        assertThat(api.call(ProxyEvent.get("/metrics/deployments/dep-1").stage("v1")).status()).isEqualTo(200);
    }

    @Test
    void keeps_a_path_that_is_a_route_even_when_the_stage_bears_its_name() {
        assertThat(api.call(ProxyEvent.get("/metrics").stage("metrics")).status()).isEqualTo(200);
        assertThat(api.send(ProxyEvent.get("/health/health").stage("health")).status()).isEqualTo(200);
    }

    @Test
    void reads_header_names_in_any_case() {
        Answer lower = api.call(ProxyEvent.post("/metrics").withoutHeader("Content-Type")
                .header("content-type", "application/json; charset=UTF-8")
                .header("idempotency-key", "lower-1")
                .body(Bodies.deployment("dep-1", "succeeded")));
        Answer upper = api.call(ProxyEvent.post("/metrics").withoutHeader("Content-Type")
                .header("CONTENT-TYPE", "Application/JSON")
                .header("IDEMPOTENCY-KEY", "lower-1")
                .body(Bodies.deployment("dep-1", "succeeded")));

        assertThat(lower.status()).isEqualTo(201);
        assertThat(upper.status()).isEqualTo(201);
        assertThat(upper.header("Idempotent-Replayed")).contains("true");
    }

    @Test
    void decodes_a_base64_body() {
        Answer answer = api.call(ProxyEvent.post("/metrics")
                .base64Body(Bodies.deployment("dep-1", "succeeded").getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void decodes_a_percent_encoded_id() {
        api.post(Bodies.deployment("dep:1", "succeeded"));

        assertThat(api.call(ProxyEvent.get("/metrics/deployments/dep%3A1")).status()).isEqualTo(200);
    }
}
