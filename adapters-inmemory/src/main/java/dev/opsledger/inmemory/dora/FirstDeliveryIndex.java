package dev.opsledger.inmemory.dora;

import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The twin of the DynamoDB delivery items: per service, environment and commit sha, the successful
 * deployment that delivered it {@linkplain DeploymentFact#DELIVERY_ORDER first}, and the days of every
 * successful deployment that shipped it. A day holding a deployment must also hold the first delivery
 * of each of its changes, which may lie before any window that day is in, so that the change's lead
 * time counts only there.
 */
final class FirstDeliveryIndex {

    private record Key(ServiceEnvironment partition, String sha) {
    }

    private record Item(StreamId first, DeploymentFact firstFact, Set<DayKey> days) {
    }

    /** Where the first delivery must be placed: the days of {@code days}, which hold a later delivery. */
    record Placement(StreamId first, Set<DayKey> days) {
    }

    private final Map<Key, Item> items = new HashMap<>();

    /** Records a successful deployment of {@code sha} and says where the first delivery must go. */
    Placement deliver(String sha, StreamId stream, DeploymentFact deployment, DayKey day) {
        Key key = new Key(new ServiceEnvironment(deployment.service(), deployment.environment()), sha);
        Item held = items.get(key);
        Set<DayKey> days = new HashSet<>(held == null ? Set.of() : held.days());
        days.add(day);
        boolean first = held == null || DeploymentFact.DELIVERY_ORDER.compare(deployment, held.firstFact()) < 0;
        Item next = first ? new Item(stream, deployment, Set.copyOf(days)) : new Item(held.first(), held.firstFact(), Set.copyOf(days));
        items.put(key, next);
        // A new first goes to every day that ships the change; otherwise only this deployment's day needs the first.
        return new Placement(next.first(), first ? next.days() : Set.of(day));
    }
}
