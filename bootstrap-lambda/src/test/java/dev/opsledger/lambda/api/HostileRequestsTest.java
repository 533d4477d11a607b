package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No request, however hostile, gets anything but a 4xx problem that tells nothing of the code; none stores anything. */
class HostileRequestsTest {

    private final ApiFixture api = new ApiFixture();
    private List<Commit> before;
    private String reportBefore;

    static List<HostileCorpus.Case> corpus() {
        return HostileCorpus.all();
    }

    @BeforeEach
    void recordSomething() {
        api.post(Bodies.deployment("dep-1", "succeeded"));
        api.post(Bodies.incidentOpened("inc-1", "dep-1"));
        before = api.commits();
        reportBefore = api.call(ProxyEvent.get("/metrics")).rawBody();
    }

    @Test
    void the_corpus_holds_at_least_150_requests() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void is_refused_with_a_4xx_problem_and_changes_nothing(HostileCorpus.Case hostile) {
        Answer answer = api.call(hostile.event());

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).contains("application/problem+json");
        assertThat(answer.body().path("status").asInt()).isEqualTo(answer.status());
        assertThat(answer.rawBody()).doesNotContain("Exception", "java.", "com.fasterxml", "dev.opsledger", "\tat ",
                "jackson", "Source:");
        assertThat(api.commits()).isEqualTo(before);
        assertThat(api.call(ProxyEvent.get("/metrics")).rawBody()).isEqualTo(reportBefore);
    }
}
