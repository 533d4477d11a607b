package dev.opsledger.local.regions;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.EventStore;
import java.util.Objects;

/** A region's table: its event log and the read models kept beside it (DORA figures, health summary). */
public record RegionTable(EventStore log, DoraReadModel doraModel, HealthSummaryReadModel healthSummary) {

    public RegionTable {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(doraModel, "doraModel");
        Objects.requireNonNull(healthSummary, "healthSummary");
    }
}
