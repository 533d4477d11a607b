package dev.opsledger.lambda;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class PipelineEventHandlerIT {

    private static final String HANDLER = "dev.opsledger.lambda.PipelineEventHandler::handleRequest";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXECUTION = "f5e2c8a1-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";

    @AutoClose
    private final FunctionTestbed testbed = new FunctionTestbed();
    @AutoClose
    private final RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint();

    @Test
    void records_each_pipeline_execution_once_as_a_deployment_of_opsledger() throws Exception {
        testbed.start(HANDLER, EAST, Map.of(PipelineEventHandler.ENVIRONMENT, "production"), runtimeApi);

        JsonNode started = invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, SHA, "2026-12-04T09:01:10Z"));
        JsonNode finished = invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, "SUCCEEDED",
                "2026-12-04T09:14:30Z"));
        JsonNode redelivered = invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, "SUCCEEDED",
                "2026-12-04T09:14:30Z"));

        assertThat(started.get("recorded").asText()).as(started.toString()).isEqualTo("deployment.started");
        assertThat(finished.get("recorded").asText()).as(finished.toString()).isEqualTo("deployment.finished");
        assertThat(redelivered.get("recorded").isNull()).as(redelivered.toString()).isTrue();
        List<RecordedEvent> events = testbed.eventStore(EAST).readStream(new DeploymentId(EXECUTION).stream());
        assertThat(events).hasSize(2);
        DeploymentStarted start = (DeploymentStarted) events.getFirst().event();
        assertThat(start.service()).isEqualTo("opsledger");
        assertThat(start.environment()).isEqualTo("production");
        assertThat(start.version()).isEqualTo(SHA);
        assertThat(start.changes().getFirst().commitSha()).isEqualTo(SHA);
        assertThat(((DeploymentFinished) events.getLast().event()).outcome()).isEqualTo(DeploymentOutcome.SUCCEEDED);
    }

    private JsonNode invoke(String event) throws Exception {
        return JSON.readTree(runtimeApi.invoke(event, TIMEOUT).body());
    }
}
