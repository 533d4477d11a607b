package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.DeploymentId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The share of deployments finished in the window that failed, were rolled back, or caused an incident
 * (each counted once however many of these hold): failed deployments over deployments, never
 * incidents over deployments, so always within [0, 1]. Empty when nothing was deployed.
 */
public record ChangeFailureRate(int deployments, int failedDeployments, Optional<Double> rate, Classification classification) {

    static ChangeFailureRate of(List<DeploymentFact> finishedInWindow, Set<DeploymentId> causedIncidents) {
        int failed = (int) finishedInWindow.stream()
                .filter(deployment -> deployment.failedOrRolledBack() || causedIncidents.contains(deployment.id()))
                .count();
        Optional<Double> rate = finishedInWindow.isEmpty()
                ? Optional.empty()
                : Optional.of((double) failed / finishedInWindow.size());
        return new ChangeFailureRate(
                finishedInWindow.size(),
                failed,
                rate,
                rate.map(value -> DoraBenchmarks.classify(DoraMetric.CHANGE_FAILURE_RATE, value))
                        .orElse(Classification.unclassified()));
    }
}
