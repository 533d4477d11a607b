package dev.opsledger.cdk;

/**
 * The health check's own variables, as {@code bootstrap-lambda}'s {@code HealthCheckSettings} reads them (the
 * handler-names test compares these names with the ones in the deployment jar).
 */
final class HealthCheckEnvironment {

    static final String INTERVAL = "OPSLEDGER_HEALTH_CHECK_INTERVAL_SECONDS";
    static final String FAILURE_THRESHOLD = "OPSLEDGER_FAILURE_THRESHOLD";

    private HealthCheckEnvironment() {
    }
}
