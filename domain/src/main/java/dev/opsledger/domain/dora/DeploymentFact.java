package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** What the events say about one deployment; outcome and finishedAt are both present or both empty. */
public record DeploymentFact(
        DeploymentId id,
        String service,
        String environment,
        String version,
        List<Change> changes,
        Instant startedAt,
        Optional<DeploymentOutcome> outcome,
        Optional<Instant> finishedAt) {

    public DeploymentFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(version, "version");
        changes = List.copyOf(changes);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (outcome.isPresent() != finishedAt.isPresent()) {
            throw new IllegalArgumentException("deployment " + id + " needs both an outcome and a finish time, or neither");
        }
    }

    /**
     * The order in which finished deployments delivered their changes: finish, then start, then id. Of
     * the successful deployments shipping one change to one service and environment, the first in this
     * order is the one its lead time counts at.
     */
    public static final Comparator<DeploymentFact> DELIVERY_ORDER = Comparator
            .comparing((DeploymentFact deployment) -> deployment.finishedAt().orElseThrow())
            .thenComparing(DeploymentFact::startedAt)
            .thenComparing(deployment -> deployment.id().value());

    public boolean runsIn(String service, String environment) {
        return this.service.equals(service) && this.environment.equals(environment);
    }

    public boolean succeeded() {
        return outcome.filter(DeploymentOutcome.SUCCEEDED::equals).isPresent();
    }

    public boolean failedOrRolledBack() {
        return outcome.filter(Predicate.not(DeploymentOutcome.SUCCEEDED::equals)).isPresent();
    }

    /** Finished in the scope's service and environment, at an instant inside its window. */
    public boolean finishedWithin(ReportScope scope) {
        return scope.covers(service, environment) && finishedAt.filter(scope::contains).isPresent();
    }
}
