package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the deployment and incident deciders the API can reach: a 422 naming it, nothing recorded. */
class DomainRulesTest {

    private final ApiFixture api = new ApiFixture();

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("a deployment starts once", List.of(Bodies.deploymentStarted("d")),
                        Bodies.deploymentStarted("d").replace("1.4.3", "1.4.4"), "was already started"),
                Arguments.of("a deployment reported over cannot start again", List.of(Bodies.deployment("d", "failed")),
                        Bodies.deploymentStarted("d"), "was already started"),
                Arguments.of("only a started deployment finishes", List.of(),
                        Bodies.deploymentFinished("d", "2026-03-01T09:20:00Z"), "has not started"),
                Arguments.of("a deployment finishes once", List.of(Bodies.deployment("d", "succeeded")),
                        Bodies.deploymentFinished("d", "2026-03-01T09:20:00Z"), "already finished"),
                Arguments.of("no finish before the start", List.of(Bodies.deploymentStarted("d")),
                        Bodies.deploymentFinished("d", "2026-03-01T08:59:59Z"), "before it started"),
                Arguments.of("a commit is listed once", List.of(),
                        Bodies.deployment("d", "succeeded").replace("\"changes\": [",
                                "\"changes\": [{\"sha\": \"" + Bodies.SHA + "\", \"committedAt\": \"2026-03-01T08:00:00Z\"}, "),
                        "more than once"),
                Arguments.of("no commit after the start", List.of(),
                        Bodies.deployment("d", "succeeded").replace("2026-03-01T08:00:00Z", "2026-03-01T09:05:00Z"),
                        "after the deployment started"),
                Arguments.of("a deployment reported over finishes after it starts", List.of(),
                        Bodies.deployment("d", "succeeded").replace("2026-03-01T09:10:00Z", "2026-03-01T08:50:00Z"),
                        "before it started"),
                Arguments.of("an incident opens once", List.of(Bodies.incidentOpened("i")),
                        Bodies.incidentOpened("i").replace("high", "low"), "was already opened"),
                Arguments.of("only an open incident is resolved", List.of(),
                        Bodies.incidentResolved("i", "2026-03-01T10:30:00Z"), "has not been opened"),
                Arguments.of("an incident is resolved once",
                        List.of(Bodies.incidentOpened("i"), Bodies.incidentResolved("i", "2026-03-01T10:30:00Z")),
                        Bodies.incidentResolved("i", "2026-03-01T10:40:00Z"), "already resolved"),
                Arguments.of("no resolution before the opening", List.of(Bodies.incidentOpened("i")),
                        Bodies.incidentResolved("i", "2026-03-01T09:59:00Z"), "cannot be resolved"),
                Arguments.of("only an opened incident is attributed", List.of(Bodies.deployment("d", "succeeded")),
                        Bodies.incidentAttributed("i", "d"), "incident i"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void a_broken_rule_is_422_naming_it_and_changes_nothing(String rule, List<String> before, String body, String named) {
        before.forEach(earlier -> assertThat(api.post(earlier).status()).as(earlier).isEqualTo(201));
        int commits = api.commits().size();

        // A key of its own, so that the rule is judged rather than the body's derived key found taken.
        Answer answer = api.call(ProxyEvent.post("/metrics").header("Idempotency-Key", "rule-check").body(body));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problemType()).endsWith("/rule-violated");
        assertThat(answer.body().path("detail").asText()).contains(named);
        assertThat(api.commits()).hasSize(commits);
    }
}
