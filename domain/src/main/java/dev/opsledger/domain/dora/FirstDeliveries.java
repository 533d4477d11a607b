package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which successful deployment first delivered each change (by sha) to its service and environment: the
 * first in {@link DeploymentFact#DELIVERY_ORDER}. A redeployment of the same sha,
 * or a later deployment that ships it again, delivers nothing new.
 */
final class FirstDeliveries {

    private record Delivery(String service, String environment, String sha) {
    }

    private final Map<Delivery, DeploymentFact> first;

    private FirstDeliveries(Map<Delivery, DeploymentFact> first) {
        this.first = first;
    }

    static FirstDeliveries among(Collection<DeploymentFact> deployments) {
        Map<Delivery, DeploymentFact> first = new HashMap<>();
        deployments.stream().filter(DeploymentFact::succeeded).forEach(deployment -> deployment.changes().forEach(change ->
                first.merge(delivery(deployment, change), deployment, (known, other) -> DeploymentFact.DELIVERY_ORDER.compare(known, other) <= 0 ? known : other)));
        return new FirstDeliveries(first);
    }

    /** The changes {@code deployment} delivered first, each sha once, in the order it lists them. */
    List<Change> firstDeliveredBy(DeploymentFact deployment) {
        Map<String, Change> bySha = new LinkedHashMap<>();
        deployment.changes().stream()
                .filter(change -> isFirst(deployment.id(), first.get(delivery(deployment, change))))
                .forEach(change -> bySha.putIfAbsent(change.commitSha(), change));
        return List.copyOf(bySha.values());
    }

    private static boolean isFirst(DeploymentId id, DeploymentFact firstDelivery) {
        return firstDelivery != null && firstDelivery.id().equals(id);
    }

    private static Delivery delivery(DeploymentFact deployment, Change change) {
        return new Delivery(deployment.service(), deployment.environment(), change.commitSha());
    }
}
