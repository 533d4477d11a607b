package dev.opsledger.application.dora;

import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Feeds the DORA read model from the log's feed. Idempotent like the model itself, so the feed may
 * deliver commits twice and the whole log may be replayed to rebuild the model.
 */
public final class ProjectDoraFacts {

    private static final Set<String> DORA_STREAMS = Set.of(DeploymentId.STREAM_CATEGORY, IncidentId.STREAM_CATEGORY);

    private final DoraReadModel model;

    public ProjectDoraFacts(DoraReadModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public void project(List<Commit> commits) {
        commits.stream()
                .filter(commit -> DORA_STREAMS.contains(commit.stream().category()))
                .forEach(model::apply);
    }
}
