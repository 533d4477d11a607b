package dev.opsledger.application.port;

/**
 * Records metrics for dashboards and alarms (CloudWatch Embedded Metric Format in AWS).
 *
 * <p>Contract: never blocks on a remote call and never throws for a well-formed metric; recording is
 * best effort and must not fail the work that produced the metric.
 */
public interface MetricsRecorder {

    void record(Metric metric);
}
