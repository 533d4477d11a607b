package dev.opsledger.domain.dora;

import java.util.List;

/**
 * The four DORA keys of one scope, read from facts. Deployments and incidents count when they finished
 * or opened in the scope's window, but an incident is linked to the deployment it blames using every
 * fact held, so a deployment in the window is a failure even when the incident it caused came later,
 * or belongs to another service that explicitly blames it; likewise a change's lead time counts only at
 * the deployment that delivered it first, which may lie before the window.
 */
public final class DoraProjection {

    private DoraProjection() {
    }

    public static DoraReport report(DoraFacts facts, ReportScope scope) {
        List<DeploymentFact> deployments = facts.deployments();
        List<IncidentFact> incidents = facts.incidents();
        List<DeploymentFact> finishedInWindow = deployments.stream().filter(d -> d.finishedWithin(scope)).toList();
        List<IncidentFact> openedInWindow = incidents.stream().filter(i -> i.openedWithin(scope)).toList();
        return new DoraReport(
                scope,
                DeploymentFrequency.of(finishedInWindow, scope),
                LeadTime.of(finishedInWindow, FirstDeliveries.among(deployments)),
                ChangeFailureRate.of(finishedInWindow, IncidentLinks.among(deployments).causes(incidents)),
                TimeToRestore.of(openedInWindow));
    }
}
