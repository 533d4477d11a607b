package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private final ApiFixture api = new ApiFixture();

    @Test
    void a_retry_with_the_same_key_answers_the_original_answer_and_records_nothing_more() {
        Answer first = api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1")
                .body(Bodies.deployment("dep-1", "succeeded")));
        int commits = api.commits().size();
        api.advance(java.time.Duration.ofMinutes(5));

        Answer retry = api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1")
                .body(Bodies.deployment("dep-1", "succeeded")));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(api.commits()).hasSize(commits);
    }

    @Test
    void without_a_key_the_same_body_again_is_a_retry() {
        Answer first = api.post(Bodies.incidentOpened("inc-1"));
        int commits = api.commits().size();

        Answer retry = api.post(Bodies.incidentOpened("inc-1"));

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(first.body().path("eventIds").get(0).asText()).isEqualTo("incident.opened:inc-1");
        assertThat(api.commits()).hasSize(commits);
    }

    @Test
    void the_same_key_with_another_body_is_409_and_changes_nothing() {
        api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1")
                .body(Bodies.deployment("dep-1", "succeeded")));
        int commits = api.commits().size();

        Answer reused = api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "k-1")
                .body(Bodies.deployment("dep-1", "failed")));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");
        assertThat(api.commits()).hasSize(commits);
    }

    @Test
    void without_a_key_another_body_for_the_same_id_and_type_is_409() {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        int commits = api.commits().size();

        Answer reused = api.post(Bodies.deployment("dep-1", "rolled_back"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(api.commits()).hasSize(commits);
    }
}
