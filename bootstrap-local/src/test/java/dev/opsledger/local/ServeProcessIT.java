package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.aws.dynalite.Dynalite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ./opsledger serve} as users run it: the shaded jar in a process of its own, driven over HTTP. */
class ServeProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(5);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void records_a_deployment_answers_metrics_and_health_guards_metrics_with_the_key_and_stops_on_sigterm()
            throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--api-key", "local-key")) {
            URI url = serve.awaitUrl();
            assertThat(serve.out()).contains("curl -i -X POST " + url + "/metrics")
                    .contains("curl -i " + url + "/health").contains("-H 'x-api-key: local-key'");

            HttpResponse<String> created = send(url, "POST", "/metrics", deployment("dep-1"), Optional.of("local-key"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValue("/metrics/deployments/dep-1");
            HttpResponse<String> recorded = send(url, "GET", "/metrics/deployments/dep-1", null, Optional.of("local-key"));
            assertThat(recorded.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(recorded.body()).get("outcome").asText()).isEqualTo("succeeded");
            assertThat(deploymentsOf(url, "checkout")).as("read your writes: GET /metrics counts it at once").isEqualTo(1);

            assertThat(send(url, "GET", "/metrics?service=checkout", null, Optional.empty()).statusCode())
                    .as("no key").isEqualTo(403);
            assertThat(send(url, "POST", "/metrics", deployment("dep-2"), Optional.of("wrong")).statusCode())
                    .as("wrong key").isEqualTo(403);
            HttpResponse<String> health = send(url, "GET", "/health", null, Optional.empty());
            assertThat(health.statusCode()).as("open without a key: %s", health.body()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).get("activeRegion").get("region").asText()).isEqualTo("us-east-1");
            HttpResponse<String> unknown = send(url, "GET", "/nowhere", null, Optional.empty());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            assertThat(serve.stop(STOPS_WITHIN)).as("stopped within %s", STOPS_WITHIN).isTrue();
            assertThat(serve.out()).contains("opsledger: stopped");
            assertThat(serve.err()).doesNotContain("Exception");
        }
    }

    @Test
    void on_a_dynamodb_server_a_restarted_server_finds_what_the_last_one_recorded() throws Exception {
        String kept = deployment("dep-kept");
        try (Dynalite dynalite = Dynalite.start()) {
            String endpoint = dynalite.endpoint().toString();
            try (ServeProcess first = ServeProcess.start("--port", "0", "--dynamodb-endpoint", endpoint)) {
                URI url = first.awaitUrl();
                assertThat(first.out()).contains("tables opsledger-us-east-1 and opsledger-us-west-2 on " + endpoint);
                assertThat(send(url, "POST", "/metrics", kept, Optional.empty()).statusCode())
                        .isEqualTo(201);
                assertThat(deploymentsOf(url, "checkout")).isEqualTo(1);
                assertThat(first.stop(STOPS_WITHIN)).isTrue();
            }
            try (ServeProcess second = ServeProcess.start("--port", "0", "--dynamodb-endpoint", endpoint)) {
                URI url = second.awaitUrl();
                HttpResponse<String> found = send(url, "GET", "/metrics/deployments/dep-kept", null, Optional.empty());
                assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
                assertThat(deploymentsOf(url, "checkout")).isEqualTo(1);
                HttpResponse<String> retry = send(url, "POST", "/metrics", kept, Optional.empty());
                assertThat(retry.statusCode()).as("a retry is recognised across restarts").isEqualTo(201);
                assertThat(retry.headers().firstValue("Location")).hasValue("/metrics/deployments/dep-kept");
                assertThat(second.stop(STOPS_WITHIN)).isTrue();
            }
        }
    }

    private int deploymentsOf(URI url, String service) throws Exception {
        HttpResponse<String> report = send(url, "GET", "/metrics?service=" + service, null, Optional.of("local-key"));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return JSON.readTree(report.body()).get("deploymentFrequency").get("sampleSize").asInt();
    }

    private HttpResponse<String> send(URI url, String method, String pathAndQuery, String body, Optional<String> apiKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + pathAndQuery))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        apiKey.ifPresent(key -> request.header("x-api-key", key));
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static String deployment(String id) {
        Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);
        JsonNode body = JSON.createObjectNode()
                .put("type", "deployment").put("id", id).put("service", "checkout").put("environment", "production")
                .put("version", "1.0.0").put("startedAt", finished.minusSeconds(600).toString())
                .put("finishedAt", finished.toString()).put("outcome", "succeeded")
                .set("changes", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("sha", "0a1b2c3d").put("committedAt", finished.minusSeconds(7200).toString())));
        return body.toString();
    }
}
