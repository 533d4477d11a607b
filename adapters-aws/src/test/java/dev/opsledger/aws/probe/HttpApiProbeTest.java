package dev.opsledger.aws.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpApiProbeTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Duration ANSWER_DELAY = Duration.ofSeconds(3);

    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(new FakeRegion()::answer);
    private final HttpApiProbe probe = probeWithin(Duration.ofSeconds(5));

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }

    @Test
    void passes_a_region_whose_health_endpoint_answers_200() {
        CheckResult result = probe.probe(Region.US_WEST_2);

        assertThat(result.passed()).isTrue();
        assertThat(result.checkedAt()).isEqualTo(NOON);
        assertThat(probe.component()).isEqualTo(Component.API);
        assertThat(endpoint.requests()).singleElement()
                .satisfies(request -> assertThat(request.method() + " " + request.path()).isEqualTo("GET /health"));
    }

    @Test
    void fails_a_server_error_with_its_status() {
        endpoint.enqueue(WireResponse.restJson(503, "{\"message\":\"Service Unavailable\"}"));

        CheckResult result = probe.probe(Region.US_WEST_2);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo("us-west-2 api failed: HTTP 503");
    }

    @Test
    void fails_an_answer_later_than_the_timeout_as_unreachable_with_the_time_waited() {
        endpoint.enqueue(WireResponse.restJson(200, "{}").after(ANSWER_DELAY));

        CheckResult result = probeWithin(TIMEOUT).probe(Region.US_WEST_2);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo("us-west-2 api unreachable: no answer within 300ms");
        assertThat(result.latency()).isBetween(TIMEOUT, ANSWER_DELAY);
    }

    @Test
    void fails_a_region_it_has_no_endpoint_for_without_throwing() {
        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo("us-east-1 api failed: no endpoint configured");
    }

    private HttpApiProbe probeWithin(Duration timeout) {
        return new HttpApiProbe(HttpClient.newHttpClient(), Map.of(Region.US_WEST_2, URI.create(endpoint.uri() + "/")),
                timeout, InstantSource.fixed(NOON));
    }
}
