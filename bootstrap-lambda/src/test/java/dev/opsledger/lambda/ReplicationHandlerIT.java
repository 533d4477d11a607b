package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static dev.opsledger.lambda.runtime.FunctionTestbed.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.lambda.runtime.Deployments;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint.Answer;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ReplicationHandlerIT {

    private static final String HANDLER = "dev.opsledger.lambda.ReplicationHandler::handleRequest";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @Test
    void applies_the_commits_of_a_stream_batch_in_the_secondary_and_answers_no_failures() throws Exception {
        DeploymentId deployment = Deployments.recordSucceeded(testbed.eventStore(EAST), "checkout-1", Instant.now());
        testbed.start(HANDLER, EAST, Map.of(), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.streamEvent(EAST, testbed.table(), 100,
                testbed.commitItems(EAST)), TIMEOUT);

        assertThat(answer.succeeded()).as(answer.body()).isTrue();
        assertThat(JSON.readTree(answer.body()).get("batchItemFailures")).isEmpty();
        assertThat(testbed.eventStore(WEST).readStream(deployment.stream())).hasSize(2);
    }

    @Test
    void a_record_that_cannot_be_applied_comes_back_with_every_record_after_it_and_the_ones_before_do_not()
            throws Exception {
        Deployments.recordSucceeded(testbed.eventStore(EAST), "checkout-1", Instant.now());
        List<Map<String, AttributeValue>> items = testbed.commitItems(EAST);
        Map<String, AttributeValue> broken = new HashMap<>(items.get(1));
        broken.put(EventTableSchema.EVENTS, AttributeValue.fromS("not a list of events"));
        testbed.start(HANDLER, EAST, Map.of(), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.streamEvent(EAST, testbed.table(), 200,
                List.of(items.get(0), broken, items.get(1))), TIMEOUT);

        JsonNode failures = JSON.readTree(answer.body()).get("batchItemFailures");
        assertThat(failures.findValuesAsText("itemIdentifier")).containsExactly("201", "202");
    }

    @Test
    void a_schedule_runs_the_reconciler_and_checks_the_digests_of_the_streams_it_read() throws Exception {
        DeploymentId deployment = Deployments.recordSucceeded(testbed.eventStore(EAST), "checkout-2", Instant.now());
        testbed.start(HANDLER, EAST, Map.of(), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.scheduledEvent(EAST), TIMEOUT);

        JsonNode pass = JSON.readTree(answer.body());
        assertThat(pass.get("applied").asInt()).as(answer.body()).isEqualTo(2);
        assertThat(pass.get("streamsChecked").asInt()).isEqualTo(1);
        assertThat(pass.has("divergent")).isFalse();
        assertThat(testbed.eventStore(WEST).readStream(deployment.stream())).hasSize(2);
    }

    @Test
    void an_event_that_is_neither_a_stream_batch_nor_a_schedule_is_an_error_naming_what_was_expected() {
        testbed.start(HANDLER, EAST, Map.of(), runtimeApi);

        Answer answer = runtimeApi.invoke("{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\"}", TIMEOUT);

        assertThat(answer.succeeded()).isFalse();
        assertThat(answer.body()).contains("IllegalArgumentException").contains("DynamoDB stream event");
    }
}
