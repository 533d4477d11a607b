package dev.opsledger.lambda.api;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import java.util.Objects;

/**
 * The ports of the region an API serves: its log and read models, the write lease that says whether it may
 * write, and where metrics go. In memory for the local server, DynamoDB on Lambda.
 */
public record ApiPorts(
        Region region,
        RegionPair regions,
        EventStore store,
        DoraReadModel doraModel,
        HealthSummaryReadModel healthSummary,
        WriteLeases writeLeases,
        MetricsRecorder metrics) {

    public ApiPorts {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(doraModel, "doraModel");
        Objects.requireNonNull(healthSummary, "healthSummary");
        Objects.requireNonNull(writeLeases, "writeLeases");
        Objects.requireNonNull(metrics, "metrics");
    }
}
