package dev.opsledger.lambda.pipeline;

import java.time.Instant;
import java.util.Objects;

/** What one CodePipeline event means for the deployment its execution stands for. */
public sealed interface PipelineEvent {

    /** The execution's source action fetched {@code revision}: from here it is a deployment of that commit. */
    record SourceFetched(String executionId, String revision, Instant at) implements PipelineEvent {

        public SourceFetched {
            Objects.requireNonNull(executionId, "executionId");
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The execution ended in {@code state}: {@code SUCCEEDED}, {@code FAILED} or {@code STOPPED}. */
    record ExecutionEnded(String executionId, String state, Instant at) implements PipelineEvent {

        public ExecutionEnded {
            Objects.requireNonNull(executionId, "executionId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An event that starts or ends no deployment, and why. */
    record NothingToRecord(String executionId, String reason) implements PipelineEvent {

        public NothingToRecord {
            Objects.requireNonNull(executionId, "executionId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
