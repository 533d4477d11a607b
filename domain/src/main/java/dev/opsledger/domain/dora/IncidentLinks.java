package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.DeploymentId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which deployment each incident is blamed on: its explicit cause if it has one; otherwise, as DevLake
 * does, the last successful deployment of the same service and environment that finished at or before
 * the incident opened. Of successful deployments finishing at the same instant, the one started last
 * (then the greatest id) is the last.
 */
final class IncidentLinks {

    private record Place(String service, String environment) {
    }

    private static final Comparator<DeploymentFact> RECENCY = Comparator
            .comparing(DeploymentFact::startedAt)
            .thenComparing(deployment -> deployment.id().value());

    private final Map<Place, NavigableMap<Instant, DeploymentFact>> successesByFinish;

    private IncidentLinks(Map<Place, NavigableMap<Instant, DeploymentFact>> successesByFinish) {
        this.successesByFinish = successesByFinish;
    }

    static IncidentLinks among(Collection<DeploymentFact> deployments) {
        BinaryOperator<DeploymentFact> later = BinaryOperator.maxBy(RECENCY);
        return new IncidentLinks(deployments.stream()
                .filter(DeploymentFact::succeeded)
                .collect(Collectors.groupingBy(
                        deployment -> new Place(deployment.service(), deployment.environment()),
                        Collectors.toMap(deployment -> deployment.finishedAt().orElseThrow(), Function.identity(), later, TreeMap::new))));
    }

    Optional<DeploymentId> causeOf(IncidentFact incident) {
        return incident.explicitCause().or(() -> lastSuccessAtOrBefore(incident));
    }

    Set<DeploymentId> causes(List<IncidentFact> incidents) {
        return incidents.stream().flatMap(incident -> causeOf(incident).stream()).collect(Collectors.toSet());
    }

    private Optional<DeploymentId> lastSuccessAtOrBefore(IncidentFact incident) {
        return Optional.ofNullable(successesByFinish.get(new Place(incident.service(), incident.environment())))
                .map(byFinish -> byFinish.floorEntry(incident.openedAt()))
                .map(entry -> entry.getValue().id());
    }
}
