package dev.opsledger.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.recording.IdempotencyKeyReused;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.aws.wiring.AwsRegionAdapters;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.lambda.pipeline.PipelineEvent;
import dev.opsledger.lambda.pipeline.PipelineEvent.ExecutionEnded;
import dev.opsledger.lambda.pipeline.PipelineEvent.NothingToRecord;
import dev.opsledger.lambda.pipeline.PipelineEvent.SourceFetched;
import dev.opsledger.lambda.pipeline.PipelineEvents;
import dev.opsledger.lambda.wiring.Container;
import dev.opsledger.lambda.wiring.HandlerJson;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OpsLedger measures its own delivery: an EventBridge rule forwards its pipeline's events (source
 * {@code aws.codepipeline}; detail-type "CodePipeline Action Execution State Change" with
 * {@code detail.type.category} Source and {@code detail.state} SUCCEEDED, or "CodePipeline Pipeline Execution
 * State Change" with {@code detail.state} SUCCEEDED, FAILED or STOPPED), and each execution is recorded as
 * deployment {@code <execution id>} of service {@value #SERVICE} in the environment {@value #ENVIRONMENT}
 * names (default {@value #DEFAULT_ENVIRONMENT}).
 *
 * <p>The deployment starts when the source action has fetched the revision: its version and its one change
 * are that commit. Neither event carries the commit's time, so the change counts as committed when it was
 * fetched, and lead time is measured from there (a lower bound: the wait between commit and pipeline is
 * not in it). It finishes when the execution ends: SUCCEEDED succeeded, FAILED and STOPPED failed. Command
 * ids are derived from the execution id, so a redelivered event records nothing new; an end whose start was
 * never recorded (the execution failed before it had a revision) records nothing either.
 */
public final class PipelineEventHandler implements RequestStreamHandler {

    public static final String SERVICE = "opsledger";
    public static final String ENVIRONMENT = "OPSLEDGER_PIPELINE_ENVIRONMENT";
    public static final String DEFAULT_ENVIRONMENT = "production";
    private static final String EXPECTED = "a CodePipeline state change event from EventBridge";

    private final RecordDeployment deployments;
    private final String environment;

    public PipelineEventHandler() {
        this(Container.local(), System.getenv());
    }

    private PipelineEventHandler(AwsRegionAdapters adapters, Map<String, String> env) {
        this(new RecordDeployment(adapters.eventStore(),
                        WriteFence.leased(adapters.settings().region(), adapters.writeLeases(), Clock.systemUTC())),
                Optional.ofNullable(env.get(ENVIRONMENT)).map(String::strip).filter(name -> !name.isEmpty())
                        .orElse(DEFAULT_ENVIRONMENT));
    }

    public PipelineEventHandler(RecordDeployment deployments, String environment) {
        this.deployments = Objects.requireNonNull(deployments, "deployments");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        PipelineEvent event = PipelineEvents.read(HandlerJson.readEvent(input, EXPECTED));
        ObjectNode answer = switch (event) {
            case SourceFetched fetched -> record(fetched.executionId(), "deployment.started", start(fetched));
            case ExecutionEnded ended -> record(ended.executionId(), "deployment.finished", finish(ended));
            case NothingToRecord nothing -> nothingRecorded(nothing.executionId(), nothing.reason());
        };
        HandlerJson.write(output, answer);
    }

    private StartDeployment start(SourceFetched fetched) {
        Change change;
        try {
            change = new Change(fetched.revision(), fetched.at());
        } catch (IllegalArgumentException notACommit) {
            throw new IllegalArgumentException("detail.execution-result.external-execution-id must name a commit: "
                    + notACommit.getMessage());
        }
        return new StartDeployment(deploymentId(fetched.executionId()), SERVICE, environment, fetched.revision(),
                List.of(change), fetched.at());
    }

    private static FinishDeployment finish(ExecutionEnded ended) {
        DeploymentOutcome outcome = "SUCCEEDED".equals(ended.state()) ? DeploymentOutcome.SUCCEEDED : DeploymentOutcome.FAILED;
        return new FinishDeployment(deploymentId(ended.executionId()), outcome, ended.at());
    }

    private ObjectNode record(String executionId, String recording, DeploymentCommand command) {
        String commandId = "codepipeline:" + executionId + ":" + recording;
        Recorded recorded;
        try {
            recorded = deployments.handle(commandId, command);
        } catch (CommandRejected | IdempotencyKeyReused notRecordable) {
            return nothingRecorded(executionId, notRecordable.getMessage());
        }
        if (recorded.alreadyRecorded()) {
            return nothingRecorded(executionId, "already recorded: " + recording);
        }
        return answer(executionId).put("recorded", recording);
    }

    private static ObjectNode nothingRecorded(String executionId, String reason) {
        return answer(executionId).putNull("recorded").put("reason", reason);
    }

    private static ObjectNode answer(String executionId) {
        return HandlerJson.MAPPER.createObjectNode().put("deploymentId", executionId);
    }

    private static DeploymentId deploymentId(String executionId) {
        return new DeploymentId(executionId);
    }
}
