package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What spans more than one stream: a key spent on one record, a cause that must exist, reports that see writes at once. */
class RecordingAcrossStreamsTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void a_key_spent_on_a_deployment_cannot_record_an_incident() {
        api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1").body(Bodies.deployment("dep-1", "succeeded")));
        int commits = api.commits().size();

        Answer reused = api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1")
                .body(Bodies.incidentOpened("inc-1")));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");
        assertThat(api.commits()).hasSize(commits);
        assertThat(api.call(ProxyEvent.get("/metrics/incidents/inc-1")).status()).isEqualTo(404);
    }

    @Test
    void a_key_spent_on_one_deployment_cannot_record_another() {
        api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1").body(Bodies.deployment("dep-1", "succeeded")));

        Answer reused = api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1")
                .body(Bodies.deployment("dep-2", "succeeded")));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(api.call(ProxyEvent.get("/metrics/deployments/dep-2")).status()).isEqualTo(404);
    }

    @Test
    void an_incident_blamed_on_an_unrecorded_deployment_is_422_and_changes_nothing() {
        int commits = api.commits().size();

        Answer answer = api.post(Bodies.incidentOpened("inc-1", "dep-ghost"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problemType()).endsWith("/unknown-cause");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("/causeDeploymentId");
        assertThat(api.commits()).hasSize(commits);
    }

    @Test
    void an_attribution_to_an_unrecorded_deployment_is_422() {
        api.post(Bodies.incidentOpened("inc-1"));

        Answer answer = api.post(Bodies.incidentAttributed("inc-1", "dep-ghost"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problemType()).endsWith("/unknown-cause");
    }

    @Test
    void a_cause_that_is_recorded_is_taken() {
        api.post(Bodies.deployment("dep-1", "succeeded"));

        assertThat(api.post(Bodies.incidentOpened("inc-1", "dep-1")).status()).isEqualTo(201);
    }

    @Test
    void a_report_asked_right_after_a_write_counts_it() {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        api.post(Bodies.incidentOpened("inc-1", "dep-1"));
        api.post(Bodies.incidentResolved("inc-1", "2026-03-01T11:00:00Z"));

        Answer service = api.call(ProxyEvent.get("/metrics").query("service", "checkout"));
        Answer environment = api.call(ProxyEvent.get("/metrics"));

        for (Answer report : java.util.List.of(service, environment)) {
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.body().path("deploymentFrequency").path("sampleSize").asInt()).isEqualTo(1);
            assertThat(report.body().path("changeFailureRate").path("value").asDouble()).isEqualTo(1.0);
            assertThat(report.body().path("timeToRestore").path("value").asDouble()).isEqualTo(3600);
        }
        assertThat(environment.body().path("service").isNull()).isTrue();
    }
}
