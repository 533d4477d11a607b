package dev.opsledger.local.regions;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.inmemory.fault.Faults;

/** The DORA read model lives in the region's table, so it is out of reach whenever the table is. */
final class GatedDoraReadModel implements DoraReadModel {

    private final DoraReadModel model;
    private final Faults faults;

    GatedDoraReadModel(DoraReadModel model, Faults faults) {
        this.model = model;
        this.faults = faults;
    }

    @Override
    public void apply(Commit commit) {
        faults.beforeCall("update the DORA read model");
        model.apply(commit);
    }

    @Override
    public DoraFacts facts(ReportScope scope) {
        faults.beforeCall("read the DORA read model");
        return model.facts(scope);
    }
}
