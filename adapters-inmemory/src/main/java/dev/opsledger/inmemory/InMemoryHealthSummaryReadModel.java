package dev.opsledger.inmemory;

import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.application.health.summary.HealthSummaryProjection;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.inmemory.fault.Faults;
import java.util.Objects;

/** The health summary held in memory, as its DynamoDB twin holds it in one item: the projection, swapped whole. */
public final class InMemoryHealthSummaryReadModel implements HealthSummaryReadModel {

    private final Faults faults;
    private HealthSummaryProjection projection = HealthSummaryProjection.EMPTY;

    public InMemoryHealthSummaryReadModel() {
        this(new Faults());
    }

    /** Refuses work as its region's {@code faults} say, like the region's other adapters. */
    public InMemoryHealthSummaryReadModel(Faults faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public synchronized void apply(Commit commit) {
        faults.beforeCall("apply to the health summary");
        projection = projection.evolve(commit);
    }

    @Override
    public synchronized HealthSummary read() {
        faults.beforeCall("read the health summary");
        return projection.summary();
    }
}
