package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.lambda.ApiHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each problem type of docs/openapi.yaml, provoked. */
class ProblemAnswersTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void names_every_offending_field_of_an_invalid_body() {
        Answer answer = api.post("""
                {"type": "deployment", "id": "dep 1", "service": "", "environment": "production", "version": "1",
                 "changes": [{"sha": "XYZ", "committedAt": "2026-03-01T08:00:00"}], "startedAt": 5,
                 "finishedAt": "2026-03-01T09:10:00Z", "outcome": "done", "extra": true}
                """);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("https://opsledger.dev/problems/invalid-request");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "/extra", "/id", "/service", "/changes/0/sha", "/changes/0/committedAt", "/startedAt", "/outcome");
    }

    @Test
    void refuses_a_body_that_is_not_json() {
        Answer answer = api.post("{\"type\": \"deployment\",");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).endsWith("/malformed-json");
    }

    @Test
    void refuses_a_body_over_64_kilobytes_with_413() {
        Answer answer = api.post("{\"type\": \"deployment\", \"id\": \"" + "a".repeat(70_000) + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.problemType()).endsWith("/payload-too-large");
    }

    @Test
    void refuses_a_body_that_is_not_declared_json_with_415() {
        Answer answer = api.call(ProxyEvent.post("/metrics").header("Content-Type", "text/plain")
                .body(Bodies.deployment("dep-1", "succeeded")));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.problemType()).endsWith("/unsupported-media-type");
        assertThat(api.commits()).isEmpty();
    }

    @Test
    void answers_405_with_the_methods_of_the_route() {
        Answer answer = api.call(ProxyEvent.request("DELETE", "/metrics"));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).contains("GET, POST");
        assertThat(answer.body().path("allow").toString()).isEqualTo("[\"GET\",\"POST\"]");
    }

    @Test
    void answers_503_with_retry_after_when_the_store_does_not_answer_and_records_nothing() {
        api.faults.goDark();

        Answer answer = api.post(Bodies.deployment("dep-1", "succeeded"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.problemType()).endsWith("/service-unavailable");
        assertThat(answer.header("Retry-After")).isPresent();
        api.faults.restore();
        assertThat(api.commits()).isEmpty();
    }

    @Test
    void answers_503_with_retry_after_in_a_fenced_region_and_records_nothing() {
        api.failOverTo(Region.US_WEST_2);

        Answer answer = api.post(Bodies.deployment("dep-1", "succeeded"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.problemType()).endsWith("/region-fenced");
        assertThat(answer.header("Retry-After")).contains(Problems.RETRY_FENCED_SECONDS);
        assertThat(answer.body().path("activeRegion").asText()).isEqualTo("us-west-2");
        assertThat(api.commits()).isEmpty();
    }

    @Test
    void answers_503_until_a_region_that_took_over_may_write_and_says_when() {
        api.writeLeases.record(new WriteLease(new ActiveRegion(ApiFixture.REGION, 2),
                ApiFixture.NOW.plusSeconds(29).plusMillis(400), ApiFixture.NOW.plus(Duration.ofDays(3650))));

        Answer waiting = api.post(Bodies.deployment("dep-1", "succeeded"));

        assertThat(waiting.status()).isEqualTo(503);
        assertThat(waiting.problemType()).endsWith("/region-fenced");
        assertThat(waiting.header("Retry-After")).contains("30");
        assertThat(waiting.body().has("activeRegion")).isFalse();
        assertThat(api.commits()).isEmpty();

        api.advance(Duration.ofSeconds(30));

        assertThat(api.post(Bodies.deployment("dep-1", "succeeded")).status()).isEqualTo(201);
    }

    @Test
    void still_answers_reads_in_a_fenced_region() {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        api.failOverTo(Region.US_WEST_2);

        assertThat(api.call(ProxyEvent.get("/metrics/deployments/dep-1")).status()).isEqualTo(200);
        assertThat(api.router.activeRegion()).isEqualTo(new ActiveRegion(Region.US_WEST_2, 2));
    }

    @Test
    void says_nothing_of_an_unexpected_failure_but_logs_its_class() throws Exception {
        DoraReadModel broken = new DoraReadModel() {
            @Override
            public void apply(Commit commit) {
                throw new IllegalStateException("secret detail");
            }

            @Override
            public DoraFacts facts(ReportScope scope) {
                throw new IllegalStateException("secret detail");
            }
        };
        ApiPorts ports = new ApiPorts(ApiFixture.REGION, api.ports.regions(), api.store, broken, api.healthSummary,
                api.writeLeases, api.metrics);
        ApiServices services = ApiServices.of(ports, api.clock, api.logLines::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ApiHandler(services).handleRequest(
                new ByteArrayInputStream(ProxyEvent.get("/metrics").query("service", "checkout").toJson()), out, null);

        Answer answer = Answer.of(Json.MAPPER.readTree(out.toByteArray()));
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problemType()).endsWith("/internal-error");
        assertThat(answer.rawBody()).doesNotContain("secret", "IllegalState", "java.");
        assertThat(OpenApiContract.instance().violations("GET", "/metrics", answer)).isEmpty();
        assertThat(api.logLines.getLast()).contains("java.lang.IllegalStateException");
    }
}
