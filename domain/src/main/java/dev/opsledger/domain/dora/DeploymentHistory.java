package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.DeploymentEvent;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import java.util.Optional;

/**
 * The events of one deployment stream seen so far. Start and finish are kept apart so that neither
 * needs the other to have arrived first.
 */
record DeploymentHistory(Optional<DeploymentStarted> started, Optional<DeploymentFinished> finished) {

    static final DeploymentHistory NOTHING = new DeploymentHistory(Optional.empty(), Optional.empty());

    DeploymentHistory with(DeploymentEvent event) {
        return switch (event) {
            case DeploymentStarted start -> new DeploymentHistory(Optional.of(start), finished);
            case DeploymentFinished finish -> new DeploymentHistory(started, Optional.of(finish));
        };
    }

    boolean runsIn(ReportScope scope) {
        return started.filter(s -> scope.covers(s.service(), s.environment())).isPresent();
    }

    /** Empty until the start is known: a finish alone does not say which service it belongs to. */
    Optional<DeploymentFact> fact() {
        return started.map(start -> new DeploymentFact(
                start.deploymentId(),
                start.service(),
                start.environment(),
                start.version(),
                start.changes(),
                start.startedAt(),
                finished.map(DeploymentFinished::outcome),
                finished.map(DeploymentFinished::finishedAt)));
    }
}
