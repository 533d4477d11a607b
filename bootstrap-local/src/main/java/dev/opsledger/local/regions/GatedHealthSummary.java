package dev.opsledger.local.regions;

import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.inmemory.fault.Faults;

/** The health summary lives in the region's table, so it is out of reach whenever the table is. */
final class GatedHealthSummary implements HealthSummaryReadModel {

    private final HealthSummaryReadModel model;
    private final Faults faults;

    GatedHealthSummary(HealthSummaryReadModel model, Faults faults) {
        this.model = model;
        this.faults = faults;
    }

    @Override
    public void apply(Commit commit) {
        faults.beforeCall("update the health summary");
        model.apply(commit);
    }

    @Override
    public HealthSummary read() {
        faults.beforeCall("read the health summary");
        return model.read();
    }
}
