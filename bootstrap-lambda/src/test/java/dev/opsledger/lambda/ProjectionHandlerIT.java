package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static dev.opsledger.lambda.runtime.FunctionTestbed.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.lambda.runtime.Deployments;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint.Answer;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ProjectionHandlerIT {

    private static final String HANDLER = "dev.opsledger.lambda.ProjectionHandler::handleRequest";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @Test
    void the_active_region_projects_its_commits_into_the_dora_read_model_and_publishes_their_events() throws Exception {
        Instant finishedAt = Instant.now();
        Deployments.recordSucceeded(testbed.eventStore(EAST), "checkout-1", finishedAt);
        testbed.start(HANDLER, EAST, Map.of(), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.streamEvent(EAST, testbed.table(), 1,
                testbed.commitItems(EAST)), TIMEOUT);

        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.get("batchItemFailures")).as(answer.body()).isEmpty();
        assertThat(result.at("/published/events").asInt()).isEqualTo(2);
        assertThat(testbed.aws().putEventsEntries()).hasSize(2);
        assertThat(new DynamoDbDoraReadModel(testbed.dynamoDb(EAST), testbed.table())
                .facts(new ReportScope(Optional.of("checkout"), "production", finishedAt.minusSeconds(3600),
                        finishedAt.plusSeconds(3600)))
                .deployments()).hasSize(1);
    }

    @Test
    void the_standby_projects_replicated_commits_but_never_publishes_them_a_second_time() throws Exception {
        Instant finishedAt = Instant.now();
        Deployments.recordSucceeded(testbed.eventStore(WEST), "checkout-1", finishedAt);
        testbed.start(HANDLER, WEST, Map.of(), runtimeApi);

        Answer answer = runtimeApi.invoke(LambdaEventSamples.streamEvent(WEST, testbed.table(), 1,
                testbed.commitItems(WEST)), TIMEOUT);

        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.get("batchItemFailures")).as(answer.body()).isEmpty();
        assertThat(result.has("published")).isFalse();
        assertThat(testbed.aws().putEventsEntries()).isEmpty();
        assertThat(new DynamoDbDoraReadModel(testbed.dynamoDb(WEST), testbed.table())
                .facts(new ReportScope(Optional.of("checkout"), "production", finishedAt.minusSeconds(3600),
                        finishedAt.plusSeconds(3600)))
                .deployments()).hasSize(1);
    }
}
