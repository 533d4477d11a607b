/**
 * The health read side behind {@code GET /health}: the {@link dev.opsledger.application.health.summary.HealthSummary}
 * folded from the health, replication and failover streams by
 * {@link dev.opsledger.application.health.summary.HealthSummaryProjection}, kept by a
 * {@link dev.opsledger.application.health.summary.HealthSummaryReadModel} that
 * {@link dev.opsledger.application.health.summary.ProjectHealthSummary} feeds, and judged into an overall status by
 * {@link dev.opsledger.application.health.summary.ReportSystemHealth}.
 */
package dev.opsledger.application.health.summary;
