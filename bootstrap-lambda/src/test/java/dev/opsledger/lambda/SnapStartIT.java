package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.lambda.runtime.Deployments;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint.Answer;
import dev.opsledger.lambda.runtime.RuntimeClientProcess;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** In SnapStart's init the runtime client runs the beforeCheckpoint hooks, then asks {@code restore/next}. */
class SnapStartIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Map<String, String> SNAP_START = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @ParameterizedTest
    @ValueSource(strings = {"ApiHandler", "HealthCheckHandler", "ReplicationHandler", "ProjectionHandler"})
    void each_handler_primes_its_request_path_before_the_snapshot_and_serves_after_the_restore(String handler) {
        RuntimeClientProcess function = testbed.start("dev.opsledger.lambda." + handler + "::handleRequest", EAST,
                SNAP_START, runtimeApi);

        long firstNext = runtimeApi.awaitFirstNext(TIMEOUT);

        assertThat(runtimeApi.restoreAskedAt()).as(function.log()).hasValueSatisfying(restore ->
                assertThat(restore).isLessThan(firstNext));
        assertThat(function.log()).contains("SnapStart priming of " + handler + " done");
        assertThat(runtimeApi.initError(Duration.ZERO)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReplicationHandler"})
    void a_restored_handler_answers_its_first_event(String handler) throws Exception {
        Deployments.recordSucceeded(testbed.eventStore(EAST), "checkout-1", Instant.now());
        testbed.start("dev.opsledger.lambda." + handler + "::handleRequest", EAST, SNAP_START, runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.streamEvent(EAST, testbed.table(), 1,
                testbed.commitItems(EAST)), TIMEOUT);

        assertThat(answer.body()).isEqualTo("{\"batchItemFailures\":[]}");
    }
}
