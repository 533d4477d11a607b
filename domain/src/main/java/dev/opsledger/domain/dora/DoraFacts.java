package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.DeploymentEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentEvent;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.DomainEvent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An immutable accumulation of what deployment and incident events say, keyed by stream. Each stream's
 * events are kept apart from every other's and links between them are only drawn when a report is
 * computed, so the facts are the same whatever the interleaving of different streams' events (the
 * events of one stream must keep their order). Other events are ignored.
 *
 * <p>{@link #apply} copies the facts; {@link #of} folds many events at the cost of one copy.
 */
public final class DoraFacts {

    private static final DoraFacts EMPTY = new DoraFacts(Map.of(), Map.of());

    private final Map<DeploymentId, DeploymentHistory> deployments;
    private final Map<IncidentId, IncidentHistory> incidents;

    private DoraFacts(Map<DeploymentId, DeploymentHistory> deployments, Map<IncidentId, IncidentHistory> incidents) {
        this.deployments = deployments;
        this.incidents = incidents;
    }

    public static DoraFacts empty() {
        return EMPTY;
    }

    public static DoraFacts of(Iterable<? extends DomainEvent> events) {
        Map<DeploymentId, DeploymentHistory> deployments = new HashMap<>();
        Map<IncidentId, IncidentHistory> incidents = new HashMap<>();
        events.forEach(event -> absorb(event, deployments, incidents));
        return new DoraFacts(deployments, incidents);
    }

    public DoraFacts apply(DomainEvent event) {
        if (!(event instanceof DeploymentEvent || event instanceof IncidentEvent)) {
            return this;
        }
        Map<DeploymentId, DeploymentHistory> nextDeployments = new HashMap<>(deployments);
        Map<IncidentId, IncidentHistory> nextIncidents = new HashMap<>(incidents);
        absorb(event, nextDeployments, nextIncidents);
        return new DoraFacts(nextDeployments, nextIncidents);
    }

    /**
     * The facts of both, which must come from disjoint streams.
     *
     * @throws IllegalArgumentException if both hold different events of one stream
     */
    public DoraFacts merge(DoraFacts other) {
        return new DoraFacts(union(deployments, other.deployments), union(incidents, other.incidents));
    }

    /**
     * Keeps the deployments and incidents the scope covers, and the incidents elsewhere explicitly blamed
     * on one of those deployments: everything a report on that scope reads. Streams whose first event has
     * not arrived yet are dropped, as their service is unknown.
     */
    public DoraFacts restrictTo(ReportScope scope) {
        Map<DeploymentId, DeploymentHistory> kept = only(deployments, history -> history.runsIn(scope));
        Predicate<IncidentHistory> relevant = history -> history.occursIn(scope)
                || history.explicitCause().filter(kept::containsKey).isPresent();
        return new DoraFacts(kept, only(incidents, relevant));
    }

    /** Deployments whose start is known, ordered by start time, then id. */
    public List<DeploymentFact> deployments() {
        return deployments.values().stream()
                .flatMap(history -> history.fact().stream())
                .sorted(Comparator.comparing(DeploymentFact::startedAt).thenComparing(fact -> fact.id().value()))
                .toList();
    }

    /** Incidents whose opening is known, ordered by opening time, then id. */
    public List<IncidentFact> incidents() {
        return incidents.values().stream()
                .flatMap(history -> history.fact().stream())
                .sorted(Comparator.comparing(IncidentFact::openedAt).thenComparing(fact -> fact.id().value()))
                .toList();
    }

    private static void absorb(
            DomainEvent event, Map<DeploymentId, DeploymentHistory> deployments, Map<IncidentId, IncidentHistory> incidents) {
        switch (event) {
            case DeploymentEvent deployment -> deployments.merge(
                    deployment.deploymentId(), DeploymentHistory.NOTHING.with(deployment), (known, firstSeen) -> known.with(deployment));
            case IncidentEvent incident -> incidents.merge(
                    incident.incidentId(), IncidentHistory.NOTHING.with(incident), (known, firstSeen) -> known.with(incident));
            default -> {
            }
        }
    }

    private static <K, V> Map<K, V> union(Map<K, V> left, Map<K, V> right) {
        Map<K, V> union = new HashMap<>(left);
        right.forEach((key, value) -> union.merge(key, value, (mine, theirs) -> {
            if (!mine.equals(theirs)) {
                throw new IllegalArgumentException("cannot merge facts that both hold stream " + key + " with different events");
            }
            return mine;
        }));
        return union;
    }

    private static <K, V> Map<K, V> only(Map<K, V> histories, Predicate<V> keep) {
        return histories.entrySet().stream()
                .filter(entry -> keep.test(entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DoraFacts facts && deployments.equals(facts.deployments) && incidents.equals(facts.incidents);
    }

    @Override
    public int hashCode() {
        return 31 * deployments.hashCode() + incidents.hashCode();
    }

    @Override
    public String toString() {
        return "DoraFacts[" + deployments.size() + " deployment streams, " + incidents.size() + " incident streams]";
    }
}
