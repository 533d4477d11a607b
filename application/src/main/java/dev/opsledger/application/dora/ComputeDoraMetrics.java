package dev.opsledger.application.dora;

import dev.opsledger.domain.dora.DoraProjection;
import dev.opsledger.domain.dora.DoraReport;
import dev.opsledger.domain.dora.ReportScope;
import java.util.Objects;

/** The four keys of one service and environment over a window, read from the DORA read model. */
public final class ComputeDoraMetrics {

    private final DoraReadModel model;

    public ComputeDoraMetrics(DoraReadModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public DoraReport report(ReportScope scope) {
        return DoraProjection.report(
                model.facts(scope.service(), scope.environment(), scope.from(), scope.to()), scope);
    }
}
