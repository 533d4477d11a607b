package dev.opsledger.application.dora;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.domain.dora.DoraProjection;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import java.util.Objects;

/**
 * The four keys over a window, of one service or of every service of an environment, read from the DORA
 * read model at a cost that grows with the number of services in scope only, never with the events stored.
 */
public final class ComputeDoraMetrics {

    private final DoraReadModel model;

    public ComputeDoraMetrics(DoraReadModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public DoraReport report(ReportScope scope) {
        return DoraProjection.report(model.facts(scope), scope);
    }
}
