package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordMetricTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void records_a_finished_deployment_and_points_at_it() {
        Answer answer = api.post(Bodies.deployment("dep-1", "succeeded"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).contains("/metrics/deployments/dep-1");
        assertThat(answer.body().path("stream").asText()).isEqualTo("deployment:dep-1");
        assertThat(answer.body().path("version").asLong()).isEqualTo(2);
        assertThat(answer.body().path("eventIds")).hasSize(2);
        assertThat(answer.header("Idempotent-Replayed")).isEmpty();
        assertThat(api.store.readStream(dev.opsledger.domain.shared.StreamId.of("deployment", "dep-1"))).hasSize(2);
    }

    @Test
    void shows_a_recorded_deployment() {
        api.post(Bodies.deployment("dep-1", "rolled_back"));

        Answer answer = api.call(ProxyEvent.get("/metrics/deployments/dep-1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asText()).isEqualTo("finished");
        assertThat(answer.body().path("outcome").asText()).isEqualTo("rolled_back");
        assertThat(answer.body().path("service").asText()).isEqualTo("checkout");
        assertThat(answer.body().path("changes").get(0).path("sha").asText()).isEqualTo(Bodies.SHA);
        assertThat(answer.body().path("finishedAt").asText()).isEqualTo("2026-03-01T09:10:00Z");
    }

    @Test
    void follows_a_deployment_from_its_start_to_its_finish() {
        assertThat(api.post(Bodies.deploymentStarted("dep-2")).status()).isEqualTo(201);
        assertThat(api.call(ProxyEvent.get("/metrics/deployments/dep-2")).body().path("status").asText())
                .isEqualTo("in_progress");

        Answer finished = api.post(Bodies.deploymentFinished("dep-2", "2026-03-01T09:20:00Z"));

        assertThat(finished.status()).isEqualTo(201);
        assertThat(finished.body().path("version").asLong()).isEqualTo(2);
        assertThat(api.call(ProxyEvent.get("/metrics/deployments/dep-2")).body().path("outcome").asText())
                .isEqualTo("succeeded");
    }

    @Test
    void records_an_incident_from_its_opening_to_its_resolution() {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        assertThat(api.post(Bodies.incidentOpened("inc-1")).header("Location")).contains("/metrics/incidents/inc-1");
        assertThat(api.post(Bodies.incidentAttributed("inc-1", "dep-1")).status()).isEqualTo(201);
        assertThat(api.post(Bodies.incidentResolved("inc-1", "2026-03-01T10:30:00+00:00")).status()).isEqualTo(201);

        Answer incident = api.call(ProxyEvent.get("/metrics/incidents/inc-1"));

        assertThat(incident.status()).isEqualTo(200);
        assertThat(incident.body().path("status").asText()).isEqualTo("resolved");
        assertThat(incident.body().path("causeDeploymentId").asText()).isEqualTo("dep-1");
        assertThat(incident.body().path("timeToRestoreSeconds").asDouble()).isEqualTo(1800);
    }

    @Test
    void answers_404_for_what_is_not_recorded() {
        Answer deployment = api.call(ProxyEvent.get("/metrics/deployments/nowhere"));
        Answer incident = api.call(ProxyEvent.get("/metrics/incidents/nowhere"));

        assertThat(deployment.status()).isEqualTo(404);
        assertThat(deployment.problemType()).endsWith("/not-found");
        assertThat(incident.status()).isEqualTo(404);
    }
}
