package dev.opsledger.domain.dora;

import java.util.Objects;

/** The four keys of one scope, each with its level in every benchmark edition. */
public record DoraReport(
        ReportScope scope,
        DeploymentFrequency deploymentFrequency,
        LeadTime leadTime,
        ChangeFailureRate changeFailureRate,
        TimeToRestore timeToRestore) {

    public DoraReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deploymentFrequency, "deploymentFrequency");
        Objects.requireNonNull(leadTime, "leadTime");
        Objects.requireNonNull(changeFailureRate, "changeFailureRate");
        Objects.requireNonNull(timeToRestore, "timeToRestore");
    }
}
