package dev.opsledger.application.health.summary;

import dev.opsledger.application.port.Commit;
import java.util.List;
import java.util.Objects;

/**
 * Feeds the health summary from the log's feed (or a table's change stream): hands it the health,
 * replication and failover commits only, so a store pays no call for the rest. Idempotent like the
 * model itself, so commits may come twice and the whole log may be replayed to rebuild it.
 */
public final class ProjectHealthSummary {

    private final HealthSummaryReadModel model;

    public ProjectHealthSummary(HealthSummaryReadModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public void project(List<Commit> commits) {
        commits.stream()
                .filter(commit -> HealthSummaryProjection.summarises(commit.stream()))
                .forEach(model::apply);
    }
}
