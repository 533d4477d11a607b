package dev.opsledger.application.dora;

import dev.opsledger.application.dora.DoraShelf.Kind;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.IncidentFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a fact goes, whatever stores it. Every place is on a shelf of the fact's own service and
 * environment, keyed by an instant that never changes once the fact has it, so an entry is only ever
 * added or replaced by a newer version of itself, never moved:
 * <ul>
 *   <li>a successful deployment: {@link Kind#SUCCEEDED} at its finish; and {@link Kind#EARLY} at the commit
 *       time of each change it finished before that change's commit time;</li>
 *   <li>a failed or rolled-back deployment: {@link Kind#OTHERS} at its finish;</li>
 *   <li>an incident: {@link Kind#OTHERS} at its opening; and beside every deployment it has ever blamed
 *       explicitly, at {@link #besideDeployment} of that deployment;</li>
 *   <li>a deployment not finished yet: nowhere but its stream item, as no report counts it.</li>
 * </ul>
 * {@link DoraReading} says what a report reads back, and why that is enough.
 */
public final class DoraPlacement {

    private DoraPlacement() {
    }

    public static List<DoraPlace> of(DoraEntry entry) {
        Optional<DeploymentFact> deployment = entry.deployment();
        if (deployment.isPresent()) {
            return of(deployment.get());
        }
        return entry.incident().map(DoraPlacement::of).orElse(List.of());
    }

    /** Where the incidents that blame this deployment are kept: in its own item, at its finish. */
    public static Optional<DoraPlace> besideDeployment(DoraEntry deployment) {
        return deployment.deployment().flatMap(fact -> fact.finishedAt().map(finished ->
                new DoraPlace(new DoraShelf(fact.succeeded() ? Kind.SUCCEEDED : Kind.OTHERS, fact.service(), fact.environment()), finished)));
    }

    static List<DoraPlace> of(DeploymentFact deployment) {
        if (deployment.finishedAt().isEmpty()) {
            return List.of();
        }
        Instant finished = deployment.finishedAt().get();
        if (!deployment.succeeded()) {
            return List.of(new DoraPlace(new DoraShelf(Kind.OTHERS, deployment.service(), deployment.environment()), finished));
        }
        List<DoraPlace> places = new ArrayList<>();
        places.add(new DoraPlace(new DoraShelf(Kind.SUCCEEDED, deployment.service(), deployment.environment()), finished));
        DoraShelf early = new DoraShelf(Kind.EARLY, deployment.service(), deployment.environment());
        deployment.changes().stream()
                .map(Change::committedAt)
                .filter(committed -> committed.isAfter(finished))
                .distinct()
                .forEach(committed -> places.add(new DoraPlace(early, committed)));
        return List.copyOf(places);
    }

    static List<DoraPlace> of(IncidentFact incident) {
        return List.of(new DoraPlace(new DoraShelf(Kind.OTHERS, incident.service(), incident.environment()), incident.openedAt()));
    }
}
