package dev.opsledger.aws.readmodel;

import dev.opsledger.domain.deployment.DeploymentId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One link item per deployment that an incident has blamed or that has finished: the day it finished
 * in, and the entry of every incident that explicitly blames it (a tombstone once the incident blames
 * another). The incident's projector and the deployment's projector both read-modify-write this one
 * item, so whichever comes second sees what the first wrote: either the incident's projector learns
 * the deployment's day, or the deployment's projector learns the incident's entry, and the incident
 * lands in the deployment's day however the two interleave.
 */
final class DeploymentLinks {

    private static final String DAYS = "days";

    private final ReadModelTable table;

    DeploymentLinks(ReadModelTable table) {
        this.table = table;
    }

    /** What a link item holds: the days the deployment is in and the entries of incidents blaming it. */
    record Link(Set<String> days, Map<String, Entry> blamers) {
    }

    Link finishedIn(DeploymentId deployment, String day) {
        return link(table.update(key(deployment), item -> {
            Set<String> days = days(item);
            if (days.contains(day)) {
                return ItemChange.KEEP;
            }
            Set<String> more = new HashSet<>(days);
            more.add(day);
            Map<String, AttributeValue> next = new HashMap<>(item);
            next.put(DAYS, AttributeValue.fromSs(List.copyOf(more)));
            return ItemChange.put(next);
        }));
    }

    Link blamedBy(DeploymentId deployment, String incidentStream, Entry entry) {
        return link(table.update(key(deployment), item -> Entries.write(item, incidentStream, entry)));
    }

    private static Link link(Map<String, AttributeValue> item) {
        return new Link(days(item), Entries.of(item));
    }

    private static Set<String> days(Map<String, AttributeValue> item) {
        return item.containsKey(DAYS) ? Set.copyOf(item.get(DAYS).ss()) : Set.of();
    }

    private static ItemKey key(DeploymentId deployment) {
        return ItemKey.of(DoraKeys.link(deployment), 0);
    }
}
