package dev.opsledger.domain.deployment;

public enum DeploymentOutcome {
    SUCCEEDED,
    FAILED,
    ROLLED_BACK
}
