package dev.opsledger.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.shared.Region;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BrowserOriginsTest {

    private static final String DASHBOARD = "https://ops.example.com";
    private static final String SECOND_DASHBOARD = "http://127.0.0.1:8080";

    private final ApiFixture api = new ApiFixture(new AllowedOrigins(Set.of(DASHBOARD, SECOND_DASHBOARD)));

    static Stream<ProxyEvent> answersOfEveryKind() {
        return Stream.of(
                ProxyEvent.get("/metrics").query("environment", "production"),
                ProxyEvent.post("/metrics").body(Bodies.deployment("dep-1", "succeeded")),
                ProxyEvent.get("/metrics/deployments/unknown"),
                ProxyEvent.get("/health"),
                ProxyEvent.get("/nowhere"),
                ProxyEvent.request("DELETE", "/metrics"),
                ProxyEvent.post("/metrics").body("{\"type\": \"deployment\", \"id\": \"" + "a".repeat(70_000) + "\"}"),
                ProxyEvent.post("/metrics").header("Content-Type", "text/plain")
                        .body(Bodies.deployment("dep-1", "succeeded")),
                ProxyEvent.post("/metrics").body("{\"type\": \"deployment\""));
    }

    @ParameterizedTest
    @MethodSource("answersOfEveryKind")
    void every_answer_to_an_allowed_origin_names_that_origin(ProxyEvent request) {
        Answer answer = api.call(request.header("Origin", DASHBOARD));

        assertThat(answer.header("Access-Control-Allow-Origin")).contains(DASHBOARD);
        assertThat(answer.header("Access-Control-Expose-Headers")).contains("Location, Retry-After");
        assertThat(answer.header("Vary")).contains("Origin");
    }

    @Test
    void each_allowed_origin_is_answered_with_its_own_name() {
        Answer answer = api.call(ProxyEvent.get("/health").header("Origin", SECOND_DASHBOARD));

        assertThat(answer.header("Access-Control-Allow-Origin")).contains(SECOND_DASHBOARD);
    }

    @Test
    void a_fenced_write_lets_the_page_read_when_to_retry() {
        api.failOverTo(Region.US_WEST_2);

        Answer answer = api.call(ProxyEvent.post("/metrics").header("Origin", DASHBOARD)
                .body(Bodies.deployment("dep-1", "succeeded")));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isPresent();
        assertThat(answer.header("Access-Control-Allow-Origin")).contains(DASHBOARD);
    }

    @ParameterizedTest
    @MethodSource("answersOfEveryKind")
    void another_origin_gets_no_cors_headers(ProxyEvent request) {
        Answer answer = api.call(request.header("Origin", "https://ops.example.com.attacker.test"));

        assertThat(answer.headers()).doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Expose-Headers");
        assertThat(answer.header("Vary")).contains("Origin");
    }

    @Test
    void origins_are_compared_exactly() {
        for (String near : new String[] {"https://OPS.example.com", "https://ops.example.com/", "http://ops.example.com",
                "https://ops.example.com:8443", "null"}) {
            Answer answer = api.call(ProxyEvent.get("/health").header("Origin", near));

            assertThat(answer.headers()).as(near).doesNotContainKey("Access-Control-Allow-Origin");
        }
    }

    @Test
    void without_allowed_origins_no_answer_carries_cors_headers() {
        Answer answer = new ApiFixture().call(ProxyEvent.get("/health").header("Origin", DASHBOARD));

        assertThat(answer.headers()).doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Expose-Headers",
                "Vary");
    }

    @Test
    void reads_the_origins_from_the_variable_the_stacks_set() {
        AllowedOrigins read = AllowedOrigins.fromEnvironment(Map.of(AllowedOrigins.VARIABLE,
                " https://ops.example.com, http://127.0.0.1:8080 ,"));

        assertThat(read.origins()).containsExactlyInAnyOrder(DASHBOARD, SECOND_DASHBOARD);
        assertThat(AllowedOrigins.fromEnvironment(Map.of()).origins()).isEmpty();
    }
}
