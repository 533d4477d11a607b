package dev.opsledger.domain.deployment;

import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands that produce exactly a commit's events. Failback uses them to ask whether the decider
 * still accepts a commit orphaned in the former region once it sits on top of the other region's history.
 */
public final class DeploymentResubmission {

    private DeploymentResubmission() {
    }

    public static List<DeploymentCommand> commandsFor(List<DeploymentEvent> commit) {
        List<DeploymentCommand> commands = new ArrayList<>();
        for (int index = 0; index < commit.size(); index++) {
            DeploymentEvent event = commit.get(index);
            DeploymentEvent next = index + 1 < commit.size() ? commit.get(index + 1) : null;
            if (event instanceof DeploymentStarted started && next instanceof DeploymentFinished finished
                    && started.deploymentId().equals(finished.deploymentId())) {
                commands.add(recordOf(started, finished));
                index++;
            } else {
                commands.add(commandFor(event));
            }
        }
        return List.copyOf(commands);
    }

    private static DeploymentCommand commandFor(DeploymentEvent event) {
        return switch (event) {
            case DeploymentStarted started -> new StartDeployment(started.deploymentId(), started.service(),
                    started.environment(), started.version(), started.changes(), started.startedAt());
            case DeploymentFinished finished ->
                    new FinishDeployment(finished.deploymentId(), finished.outcome(), finished.finishedAt());
        };
    }

    private static RecordDeployment recordOf(DeploymentStarted started, DeploymentFinished finished) {
        return new RecordDeployment(started.deploymentId(), started.service(), started.environment(),
                started.version(), started.changes(), started.startedAt(), finished.outcome(), finished.finishedAt());
    }
}
