package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.lambda.api.AllowedOrigins;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint.Answer;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * ApiHandler from the API's own jar: every route it serves answers, so no class it needs is missing there, and the
 * browser origins the stacks set in its environment get their CORS headers.
 */
class ApiHandlerIT {

    private static final String HANDLER = FunctionTestbed.API_HANDLER + "::handleRequest";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DASHBOARD = "https://ops.example.com";

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @Test
    void records_a_deployment_and_reports_it_right_after_to_a_page_of_an_allowed_origin() throws Exception {
        Instant finishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        testbed.start(HANDLER, EAST, Map.of(AllowedOrigins.VARIABLE, DASHBOARD), runtimeApi);

        JsonNode created = JSON.readTree(runtimeApi.invoke(LambdaEventSamples.proxyEvent("POST", "/metrics", Map.of(),
                deployment("checkout-2026-12-04-1", finishedAt)), TIMEOUT).body());
        Answer report = runtimeApi.invoke(LambdaEventSamples.proxyEvent("GET", "/metrics", Map.of("service", "checkout",
                "environment", "production"), null, Map.of("Origin", DASHBOARD)), TIMEOUT);
        JsonNode lookedUp = JSON.readTree(runtimeApi.invoke(LambdaEventSamples.proxyEvent("GET",
                "/metrics/deployments/checkout-2026-12-04-1", Map.of(), null), TIMEOUT).body());
        JsonNode health = JSON.readTree(runtimeApi.invoke(LambdaEventSamples.proxyEvent("GET", "/health", Map.of(), null),
                TIMEOUT).body());

        assertThat(created.get("statusCode").asInt()).as(created.toString()).isEqualTo(201);
        assertThat(created.at("/headers/Location").asText()).isEqualTo("/metrics/deployments/checkout-2026-12-04-1");
        JsonNode answer = JSON.readTree(report.body());
        assertThat(answer.get("statusCode").asInt()).as(report.body()).isEqualTo(200);
        assertThat(answer.get("body").asText()).contains("checkout");
        assertThat(answer.at("/headers/Access-Control-Allow-Origin").asText()).isEqualTo(DASHBOARD);
        assertThat(created.at("/headers/Access-Control-Allow-Origin").isMissingNode()).isTrue();
        assertThat(lookedUp.get("statusCode").asInt()).as(lookedUp.toString()).isEqualTo(200);
        assertThat(health.get("statusCode").asInt()).as(health.toString()).isIn(200, 503);
        assertThat(health.get("body").asText()).contains("\"status\"");
    }

    static String deployment(String id, Instant finishedAt) {
        return """
                {"type": "deployment", "id": "%s", "service": "checkout", "environment": "production",
                 "version": "1.4.2", "changes": [{"sha": "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b", "committedAt": "%s"}],
                 "startedAt": "%s", "finishedAt": "%s", "outcome": "succeeded"}"""
                .formatted(id, finishedAt.minusSeconds(3600), finishedAt.minusSeconds(600), finishedAt);
    }
}
