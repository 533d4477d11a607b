package dev.opsledger.domain.deployment;

import dev.opsledger.domain.shared.InvalidName;
import dev.opsledger.domain.shared.Name;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Missing parts are a caller's bug and fail at construction, and so do malformed names ({@link InvalidName}):
 * service and environment are kept in their one {@link Name} spelling. Whether the parts make a valid
 * deployment (a blank version, no changes, times out of order) is the decider's to judge and reject.
 */
public sealed interface DeploymentCommand {

    DeploymentId deploymentId();

    record StartDeployment(
            DeploymentId deploymentId,
            String service,
            String environment,
            String version,
            List<Change> changes,
            Instant startedAt) implements DeploymentCommand {

        public StartDeployment {
            Objects.requireNonNull(deploymentId, "deploymentId");
            service = Name.normalized(service, "service");
            environment = Name.normalized(environment, "environment");
            Objects.requireNonNull(version, "version");
            changes = List.copyOf(changes);
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    record FinishDeployment(DeploymentId deploymentId, DeploymentOutcome outcome, Instant finishedAt)
            implements DeploymentCommand {

        public FinishDeployment {
            Objects.requireNonNull(deploymentId, "deploymentId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(finishedAt, "finishedAt");
        }
    }

    /** A deployment reported once it is over: starts and finishes it in one commit. */
    record RecordDeployment(
            DeploymentId deploymentId,
            String service,
            String environment,
            String version,
            List<Change> changes,
            Instant startedAt,
            DeploymentOutcome outcome,
            Instant finishedAt) implements DeploymentCommand {

        public RecordDeployment {
            Objects.requireNonNull(deploymentId, "deploymentId");
            service = Name.normalized(service, "service");
            environment = Name.normalized(environment, "environment");
            Objects.requireNonNull(version, "version");
            changes = List.copyOf(changes);
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(finishedAt, "finishedAt");
        }
    }
}
