package dev.opsledger.aws.readmodel;

import dev.opsledger.domain.deployment.DeploymentId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One link item per deployment that an incident has blamed or that has finished: the day it finished
 * in, and the current entry of every incident kept with it (one that blames it explicitly, or did, or
 * may blame it implicitly; a reader links each incident itself from that entry). The incident's projector and the deployment's projector both read-modify-write this one
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
        ItemKey key = key(deployment);
        return link(table.updateIf(key, "ADD days :days, rev :one", "NOT contains(days, :day)", Map.of(
                        ":days", AttributeValue.fromSs(List.of(day)), ":day", AttributeValue.fromS(day), ":one", AttributeValue.fromN("1")))
                .or(() -> table.get(key))
                .orElse(Map.of()));
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
