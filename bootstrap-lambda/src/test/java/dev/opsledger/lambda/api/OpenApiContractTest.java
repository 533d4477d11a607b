package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself: an answer that strays from docs/openapi.yaml is caught, or every other test proves nothing. */
class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.instance();

    @Test
    void catches_a_body_that_misses_a_required_field() throws Exception {
        Answer answer = answer(201, "application/json", Map.of("Location", "/metrics/deployments/d"),
                "{\"stream\": \"deployment:d\", \"version\": 2}");

        assertThat(contract.violations("POST", "/metrics", answer)).isNotEmpty();
    }

    @Test
    void catches_a_status_the_route_does_not_list() throws Exception {
        Answer answer = answer(418, "application/problem+json", Map.of(),
                "{\"type\": \"x\", \"title\": \"t\", \"status\": 418, \"detail\": \"d\"}");

        assertThat(contract.violations("GET", "/metrics", answer)).isNotEmpty();
    }

    @Test
    void catches_a_missing_header_and_a_wrong_content_type() throws Exception {
        String body = "{\"stream\": \"deployment:d\", \"version\": 2, \"eventIds\": []}";

        assertThat(contract.violations("POST", "/metrics", answer(201, "application/json", Map.of(), body)))
                .anySatisfy(violation -> assertThat(violation).contains("Location"));
        assertThat(contract.violations("POST", "/metrics",
                answer(201, "text/plain", Map.of("Location", "/metrics/deployments/d"), body))).isNotEmpty();
    }

    @Test
    void accepts_an_answer_that_keeps_the_contract() throws Exception {
        Answer answer = answer(201, "application/json", Map.of("Location", "/metrics/deployments/d"),
                "{\"stream\": \"deployment:d\", \"version\": 2, \"eventIds\": [\"k\", \"k#1\"]}");

        assertThat(contract.violations("POST", "/metrics", answer)).isEmpty();
    }

    private static Answer answer(int status, String contentType, Map<String, String> headers, String body)
            throws Exception {
        var proxy = Json.MAPPER.createObjectNode().put("statusCode", status);
        var all = proxy.putObject("headers").put("Content-Type", contentType);
        headers.forEach(all::put);
        proxy.put("body", body);
        return Answer.of(proxy);
    }
}
