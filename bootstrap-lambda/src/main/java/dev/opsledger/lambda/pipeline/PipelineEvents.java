package dev.opsledger.lambda.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.lambda.pipeline.PipelineEvent.ExecutionEnded;
import dev.opsledger.lambda.pipeline.PipelineEvent.NothingToRecord;
import dev.opsledger.lambda.pipeline.PipelineEvent.SourceFetched;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Reads the two CodePipeline events EventBridge forwards: "CodePipeline Action Execution State Change"
 * (the source action's success names the revision, in {@code execution-result.external-execution-id}) and
 * "CodePipeline Pipeline Execution State Change" (the execution's end). A pipeline execution's own events
 * carry no revision, which is why the start is taken from the source action. A malformed event is refused
 * naming the field.
 */
public final class PipelineEvents {

    public static final String SOURCE = "aws.codepipeline";
    public static final String ACTION_STATE_CHANGE = "CodePipeline Action Execution State Change";
    public static final String EXECUTION_STATE_CHANGE = "CodePipeline Pipeline Execution State Change";
    /** The ends a deployment can have; SUPERSEDED is not one (see {@link #read}). */
    public static final Set<String> ENDS = Set.of("SUCCEEDED", "FAILED", "STOPPED");

    private PipelineEvents() {
    }

    /**
     * A superseded execution is left as it is: a later execution overtook it and ships its revision's
     * history, so it neither succeeded nor failed, and no outcome of a deployment says that.
     */
    public static PipelineEvent read(JsonNode event) {
        if (!SOURCE.equals(event.path("source").asText())) {
            throw new IllegalArgumentException("expected a CodePipeline event: source must be " + SOURCE + ", was '"
                    + event.path("source").asText() + "'");
        }
        JsonNode detail = event.path("detail");
        String executionId = text(detail, "execution-id", "detail.execution-id");
        String state = text(detail, "state", "detail.state");
        String detailType = event.path("detail-type").asText();
        return switch (detailType) {
            case ACTION_STATE_CHANGE -> sourceFetched(event, detail, executionId, state);
            case EXECUTION_STATE_CHANGE -> executionStateChanged(event, executionId, state);
            default -> throw new IllegalArgumentException("detail-type must be " + ACTION_STATE_CHANGE + " or "
                    + EXECUTION_STATE_CHANGE + ", was '" + detailType + "'");
        };
    }

    private static PipelineEvent executionStateChanged(JsonNode event, String executionId, String state) {
        if (ENDS.contains(state)) {
            return new ExecutionEnded(executionId, state, time(event));
        }
        if ("SUPERSEDED".equals(state)) {
            return new NothingToRecord(executionId, "the execution was SUPERSEDED by a later one, which ships its"
                    + " revision's history: neither a success nor a failure, so it is not finished");
        }
        return new NothingToRecord(executionId, "the execution is " + state + ": the deployment starts once the"
                + " source revision is known and finishes at the execution's end");
    }

    private static PipelineEvent sourceFetched(JsonNode event, JsonNode detail, String executionId, String state) {
        String category = detail.path("type").path("category").asText();
        if (!"Source".equals(category) || !"SUCCEEDED".equals(state)) {
            return new NothingToRecord(executionId, "a " + category + " action " + state
                    + ": only a source action's success names the revision");
        }
        String revision = text(detail.path("execution-result"), "external-execution-id",
                "detail.execution-result.external-execution-id");
        return new SourceFetched(executionId, revision, time(event));
    }

    private static Instant time(JsonNode event) {
        String time = text(event, "time", "time");
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException("time must be an ISO-8601 instant, was '" + time + "'");
        }
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(path + " must be a non-blank string");
        }
        return value.asText();
    }
}
