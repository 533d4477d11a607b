package dev.opsledger.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.time.VirtualClock;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineEventHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXECUTION = "f5e2c8a1-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";
    private static final String FETCHED_AT = "2026-12-04T09:01:10Z";
    private static final String ENDED_AT = "2026-12-04T09:14:30Z";
    private static final DeploymentId DEPLOYMENT = new DeploymentId(EXECUTION);

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final InMemoryEventStore store = new InMemoryEventStore(clock);
    private final RegionPair regions = RegionPair.DEFAULT;
    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(regions.primary(), 0));
    private final PipelineEventHandler handler = new PipelineEventHandler(
            new RecordDeployment(store, new WriteFence(regions.primary(), router)), "production");

    @Test
    void the_source_revision_starts_a_deployment_of_opsledger_and_the_execution_end_finishes_it() throws Exception {
        JsonNode started = invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, SHA, FETCHED_AT));
        JsonNode finished = invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, "SUCCEEDED", ENDED_AT));

        assertThat(started.get("recorded").asText()).isEqualTo("deployment.started");
        assertThat(finished.get("recorded").asText()).isEqualTo("deployment.finished");
        Instant fetchedAt = Instant.parse(FETCHED_AT);
        assertThat(events()).containsExactly(
                new DeploymentStarted(DEPLOYMENT, "opsledger", "production", SHA, List.of(new Change(SHA, fetchedAt)),
                        fetchedAt),
                new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.SUCCEEDED, Instant.parse(ENDED_AT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAILED", "STOPPED"})
    void an_execution_that_failed_or_was_stopped_is_a_failed_deployment(String state) throws Exception {
        invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, SHA, FETCHED_AT));

        invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, state, ENDED_AT));

        assertThat(events().getLast()).isEqualTo(
                new DeploymentFinished(DEPLOYMENT, DeploymentOutcome.FAILED, Instant.parse(ENDED_AT)));
    }

    @Test
    void a_redelivered_event_records_nothing_new() throws Exception {
        invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, SHA, FETCHED_AT));
        invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, "SUCCEEDED", ENDED_AT));

        JsonNode again = invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, "SUCCEEDED", ENDED_AT));
        JsonNode startAgain = invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, SHA, FETCHED_AT));

        assertThat(again.get("recorded").isNull()).isTrue();
        assertThat(again.get("reason").asText()).contains("already recorded");
        assertThat(startAgain.get("recorded").isNull()).isTrue();
        assertThat(events()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTED", "SUPERSEDED"})
    void a_start_without_revision_and_a_superseded_execution_record_nothing(String state) throws Exception {
        invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, SHA, FETCHED_AT));

        JsonNode answer = invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, state, ENDED_AT));

        assertThat(answer.get("recorded").isNull()).isTrue();
        assertThat(answer.get("reason").asText()).contains(state);
        assertThat(events()).hasSize(1);
    }

    @Test
    void an_execution_that_failed_before_it_had_a_revision_records_nothing() throws Exception {
        JsonNode answer = invoke(LambdaEventSamples.pipelineExecutionStateChange(EXECUTION, "FAILED", ENDED_AT));

        assertThat(answer.get("recorded").isNull()).isTrue();
        assertThat(answer.get("reason").asText()).contains("has not started");
        assertThat(events()).isEmpty();
    }

    @Test
    void a_malformed_event_is_refused_naming_the_field_and_records_nothing() {
        assertThatThrownBy(() -> invoke(LambdaEventSamples.sourceActionSucceeded(EXECUTION, "v1.2.3", FETCHED_AT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail.execution-result.external-execution-id");
        assertThatThrownBy(() -> invoke(LambdaEventSamples.pipelineExecutionStateChange(" ", "SUCCEEDED", ENDED_AT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail.execution-id");
        assertThatThrownBy(() -> invoke(LambdaEventSamples.scheduledEvent("us-east-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aws.codepipeline");
        assertThat(store.allCommits()).isEmpty();
    }

    private List<DomainEvent> events() {
        return store.readStream(DEPLOYMENT.stream()).stream().map(RecordedEvent::event).toList();
    }

    private JsonNode invoke(String event) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output,
                new FakeContext(60_000));
        return JSON.readTree(output.toByteArray());
    }
}
