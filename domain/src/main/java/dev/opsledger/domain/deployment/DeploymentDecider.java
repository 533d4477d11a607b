package dev.opsledger.domain.deployment;

import dev.opsledger.domain.deployment.Deployment.Finished;
import dev.opsledger.domain.deployment.Deployment.InProgress;
import dev.opsledger.domain.deployment.Deployment.NotStarted;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One deployment's life ({@code NotStarted} → {@code InProgress} → {@code Finished}): started once, finished once,
 * never before it started nor before its changes.
 *
 * <ul>
 *   <li>{@code StartDeployment} only once; service and environment are names ({@code Name}), the version not blank.</li>
 *   <li>It ships at least one change (lead time is measured from a change's commit), no commit twice, and no change
 *       committed after the deployment started. A commit sha is 7 to 64 lowercase hex digits.</li>
 *   <li>{@code FinishDeployment} only while in progress, only once, and not before the start.</li>
 *   <li>{@code RecordDeployment}, a deployment reported once it is over, is a start and a finish in one commit,
 *       under the same rules.</li>
 * </ul>
 */
public final class DeploymentDecider {

    private DeploymentDecider() {
    }

    public static Decider<DeploymentCommand, Deployment, DeploymentEvent> decider() {
        return new Decider<>(DeploymentDecider::decide, DeploymentDecider::evolve, initialState());
    }

    public static Deployment initialState() {
        return new NotStarted();
    }

    public static List<DeploymentEvent> decide(DeploymentCommand command, Deployment state) {
        requireSameDeployment(command, state);
        return switch (command) {
            case StartDeployment start -> List.of(started(start, state));
            case FinishDeployment finish -> List.of(finished(finish, state));
            case RecordDeployment record -> {
                DeploymentStarted started = started(startOf(record), state);
                yield List.of(started, finished(finishOf(record), evolve(state, started)));
            }
        };
    }

    public static Deployment evolve(Deployment state, DeploymentEvent event) {
        return switch (state) {
            case NotStarted notStarted when event instanceof DeploymentStarted started -> new InProgress(
                    started.deploymentId(),
                    started.service(),
                    started.environment(),
                    started.version(),
                    started.changes(),
                    started.startedAt());
            case InProgress run when event instanceof DeploymentFinished finished
                    && finished.deploymentId().equals(run.deploymentId()) ->
                    new Finished(run, finished.outcome(), finished.finishedAt());
            default -> throw new IllegalStateException(
                    "the log of deployment " + event.deploymentId() + " is corrupt: " + event + " cannot follow " + state);
        };
    }

    private static DeploymentStarted started(StartDeployment start, Deployment state) {
        return switch (state) {
            case InProgress run -> throw alreadyStarted(run);
            case Finished finished -> throw alreadyStarted(finished.run());
            case NotStarted notStarted -> {
                DeploymentId id = start.deploymentId();
                requireText(id, "version", start.version());
                requireShippableChanges(start);
                yield new DeploymentStarted(
                        id, start.service(), start.environment(), start.version(), start.changes(), start.startedAt());
            }
        };
    }

    private static DeploymentFinished finished(FinishDeployment finish, Deployment state) {
        DeploymentId id = finish.deploymentId();
        return switch (state) {
            case NotStarted notStarted -> throw rejected(id, "has not started, so it cannot finish");
            case Finished finished -> throw rejected(id,
                    "already finished as " + finished.outcome() + " at " + finished.finishedAt());
            case InProgress run -> {
                if (finish.finishedAt().isBefore(run.startedAt())) {
                    throw rejected(id, "cannot finish at " + finish.finishedAt()
                            + ", before it started at " + run.startedAt());
                }
                yield new DeploymentFinished(id, finish.outcome(), finish.finishedAt());
            }
        };
    }

    private static void requireShippableChanges(StartDeployment start) {
        DeploymentId id = start.deploymentId();
        if (start.changes().isEmpty()) {
            throw rejected(id, "must ship at least one change: lead time is measured from a change's commit");
        }
        Set<String> shipped = new HashSet<>();
        for (Change change : start.changes()) {
            if (!shipped.add(change.commitSha())) {
                throw rejected(id, "lists commit " + change.commitSha() + " more than once");
            }
            if (change.committedAt().isAfter(start.startedAt())) {
                throw rejected(id, "cannot ship commit " + change.commitSha() + " committed at " + change.committedAt()
                        + ", after the deployment started at " + start.startedAt());
            }
        }
    }

    private static void requireSameDeployment(DeploymentCommand command, Deployment state) {
        Optional<DeploymentId> current = switch (state) {
            case NotStarted notStarted -> Optional.empty();
            case InProgress run -> Optional.of(run.deploymentId());
            case Finished finished -> Optional.of(finished.run().deploymentId());
        };
        if (current.isPresent() && !current.get().equals(command.deploymentId())) {
            throw rejected(command.deploymentId(), "cannot be decided on the state of deployment " + current.get());
        }
    }

    private static void requireText(DeploymentId id, String field, String value) {
        if (value.isBlank()) {
            throw rejected(id, "must have a non-blank " + field);
        }
    }

    private static CommandRejected alreadyStarted(InProgress run) {
        return rejected(run.deploymentId(), "was already started at " + run.startedAt());
    }

    private static CommandRejected rejected(DeploymentId id, String rule) {
        return new CommandRejected("deployment " + id + " " + rule);
    }

    private static StartDeployment startOf(RecordDeployment record) {
        return new StartDeployment(record.deploymentId(), record.service(), record.environment(), record.version(),
                record.changes(), record.startedAt());
    }

    private static FinishDeployment finishOf(RecordDeployment record) {
        return new FinishDeployment(record.deploymentId(), record.outcome(), record.finishedAt());
    }
}
