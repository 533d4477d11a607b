package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The DORA rules docs/openapi.yaml states for GET /metrics, each by example through the API. */
class DoraRulesTest {

    private static final String FROM = "2026-02-28T00:00:00Z";
    private static final String TO = "2026-03-02T00:00:00Z";

    private final ApiFixture api = new ApiFixture();

    @Test
    void deployment_frequency_counts_successful_deployments_with_attempts_beside() {
        record("d1", "succeeded", Bodies.SHA, "08:00", "09:00");
        record("d2", "failed", Bodies.OTHER_SHA, "08:00", "09:30");
        record("d3", "rolled_back", "abcdef1", "08:00", "10:00");

        JsonNode frequency = report().path("deploymentFrequency");

        assertThat(frequency.path("sampleSize").asInt()).isEqualTo(1);
        assertThat(frequency.path("attempts").asInt()).isEqualTo(3);
        assertThat(frequency.path("value").asDouble()).isEqualTo(0.5);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        record("d1", "succeeded", Bodies.SHA, "08:00", "09:00");
        record("d2", "succeeded", Bodies.OTHER_SHA, "08:00", "11:00");

        JsonNode leadTime = report().path("leadTimeForChanges");

        assertThat(leadTime.path("sampleSize").asInt()).isEqualTo(2);
        assertThat(leadTime.path("value").asDouble()).isEqualTo(2 * 3600);
    }

    @Test
    void a_change_counts_once_at_its_first_successful_deployment() {
        record("d1", "succeeded", Bodies.SHA, "08:00", "09:00");
        record("d2", "succeeded", Bodies.SHA, "08:00", "11:00");

        JsonNode leadTime = report().path("leadTimeForChanges");

        assertThat(leadTime.path("sampleSize").asInt()).isEqualTo(1);
        assertThat(leadTime.path("value").asDouble()).isEqualTo(3600);
    }

    @Test
    void time_to_restore_counts_the_incidents_opened_in_the_window() {
        api.post(incident("opened-before", "2026-02-27T23:00:00Z"));
        api.post(Bodies.incidentResolved("opened-before", "2026-02-28T01:00:00Z"));
        api.post(incident("opened-within", "2026-03-01T10:00:00Z"));
        api.post(Bodies.incidentResolved("opened-within", "2026-03-01T10:30:00Z"));

        JsonNode restore = report().path("timeToRestore");

        assertThat(restore.path("sampleSize").asInt()).isEqualTo(1);
        assertThat(restore.path("value").asDouble()).isEqualTo(1800);
    }

    private void record(String id, String outcome, String sha, String committed, String finished) {
        String body = Bodies.deployment(id, outcome)
                .replace(Bodies.SHA, sha)
                .replace("2026-03-01T08:00:00Z", "2026-03-01T" + committed + ":00Z")
                .replace("2026-03-01T09:00:00Z", "2026-03-01T" + committed + ":30Z")
                .replace("2026-03-01T09:10:00Z", "2026-03-01T" + finished + ":00Z");
        assertThat(api.post(body).status()).isEqualTo(201);
    }

    private static String incident(String id, String openedAt) {
        return Bodies.incidentOpened(id).replace("2026-03-01T10:00:00Z", openedAt);
    }

    private JsonNode report() {
        return api.call(ProxyEvent.get("/metrics").query("service", "checkout").query("from", FROM).query("to", TO)).body();
    }
}
