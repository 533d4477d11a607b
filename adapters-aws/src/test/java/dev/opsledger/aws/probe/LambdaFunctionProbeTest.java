package dev.opsledger.aws.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaFunctionProbeTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final Duration ANSWER_DELAY = Duration.ofSeconds(3);

    private final FakeRegion region = new FakeRegion();
    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(region::answer);
    private final LambdaFunctionProbe probe = probeWithin(Duration.ofSeconds(5));

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }

    @Test
    void passes_an_active_function_whose_last_update_succeeded() {
        CheckResult result = probe.probe(Region.US_WEST_2);

        assertThat(result.passed()).isTrue();
        assertThat(probe.component()).isEqualTo(Component.FUNCTIONS);
        assertThat(endpoint.requests()).singleElement().satisfies(request ->
                assertThat(request.method() + " " + request.path()).isEqualTo("GET /2015-03-31/functions/opsledger-api"));
    }

    @Test
    void fails_a_function_whose_last_update_failed_with_lambdas_reason() {
        endpoint.enqueue(WireResponse.restJson(200, FakeRegion.function("Active", "Failed")
                .replace("\"LastUpdateStatus\"", "\"LastUpdateStatusReason\":\"Image not found\",\"LastUpdateStatus\"")));

        CheckResult result = probe.probe(Region.US_WEST_2);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason())
                .isEqualTo("us-west-2 functions failed: function opsledger-api is Active, last update Failed (Image not found)");
    }

    @Test
    void fails_a_function_still_pending() {
        endpoint.enqueue(WireResponse.restJson(200, FakeRegion.function("Pending", "InProgress")));

        assertThat(probe.probe(Region.US_WEST_2).reason()).contains("is Pending, last update InProgress");
    }

    @Test
    void fails_a_throttled_lambda_api_saying_so() {
        region.throttle();

        CheckResult result = probe.probe(Region.US_WEST_2);

        assertThat(result.reason()).isEqualTo("us-west-2 functions throttled: HTTP 429 TooManyRequestsException");
    }

    @Test
    void fails_a_lambda_api_slower_than_the_timeout_as_unreachable() {
        endpoint.enqueue(WireResponse.restJson(200, FakeRegion.function("Active", "Successful")).after(ANSWER_DELAY));

        CheckResult result = probeWithin(TIMEOUT).probe(Region.US_WEST_2);

        assertThat(result.reason()).isEqualTo("us-west-2 functions unreachable: no answer within 500ms");
        assertThat(result.latency()).isBetween(TIMEOUT, ANSWER_DELAY);
    }

    private LambdaFunctionProbe probeWithin(Duration timeout) {
        return new LambdaFunctionProbe(any -> SdkClients.lambda(endpoint), FakeRegion.FUNCTION, timeout,
                InstantSource.fixed(Instant.parse("2025-03-01T12:00:00Z")));
    }
}
