package dev.opsledger.aws.readmodel;

import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One delivery item per service, environment and commit sha ({@code rm:dora:delivery:<partition>:<sha>}):
 * the entry of the successful deployment that delivered the sha {@linkplain DeploymentFact#DELIVERY_ORDER
 * first}, and the days of every successful deployment that shipped it. Each day holding one of those
 * deployments also gets the first delivery's entry, so a report reading that day sees where the change's
 * lead time counts, even weeks before its window.
 *
 * <p>Every success updates the item (one read-modify-write, so concurrent deliveries see each other) and
 * then writes what the item says: a new first into every day it names, otherwise the first into its own
 * day. Whichever delivery updates the item last sees every day and the true first, so however projectors
 * interleave each day ends up with the first; an earlier guess left in a day is a true success, only an
 * extra fact. A success's fact never changes, so these copies never need updating.
 */
final class FirstDeliveries {

    private static final String DAYS = "days";

    private final ReadModelTable table;
    private final DayParts days;

    FirstDeliveries(ReadModelTable table, DayParts days) {
        this.table = table;
        this.days = days;
    }

    void deliver(StreamId stream, DeploymentFact success, Entry entry) {
        String partition = DoraKeys.partition(success.service(), success.environment());
        String ownDay = DoraKeys.day(success.environment(), success.finishedAt().orElseThrow());
        for (String sha : success.changes().stream().map(Change::commitSha).distinct().toList()) {
            // A sha is mostly delivered once: expecting no item saves a read.
            Map<String, AttributeValue> item = table.update(ItemKey.of(DoraKeys.delivery(partition, sha), 0), Optional.empty(),
                    held -> record(held, stream.value(), success, entry, ownDay));
            Map.Entry<String, Entry> first = Entries.of(item).entrySet().iterator().next();
            Set<String> targets = new HashSet<>(first.getKey().equals(stream.value()) ? daysOf(item) : Set.of(ownDay));
            if (first.getKey().equals(stream.value())) {
                targets.remove(ownDay);
            }
            targets.forEach(day -> days.write(day, first.getKey(), first.getValue()));
        }
    }

    private static ItemChange record(Map<String, AttributeValue> held, String stream, DeploymentFact success, Entry entry, String day) {
        Optional<Map.Entry<String, Entry>> first = Entries.of(held).entrySet().stream().findFirst();
        boolean becomesFirst = first.map(known -> known.getKey().equals(stream)
                        ? entry.supersedes(known.getValue())
                        : DeploymentFact.DELIVERY_ORDER.compare(success, factOf(known.getValue())) < 0)
                .orElse(true);
        Set<String> known = daysOf(held);
        if (!becomesFirst && known.contains(day)) {
            return ItemChange.KEEP;
        }
        Set<String> together = new HashSet<>(known);
        together.add(day);
        Map<String, AttributeValue> next = new HashMap<>(becomesFirst ? Entries.with(held, Map.of(stream, entry)) : held);
        next.put(DAYS, AttributeValue.fromSs(List.copyOf(together)));
        return ItemChange.put(next);
    }

    private static DeploymentFact factOf(Entry entry) {
        return DoraFacts.of(FactJson.events(entry.fact().orElseThrow())).deployments().getFirst();
    }

    private static Set<String> daysOf(Map<String, AttributeValue> item) {
        return item.containsKey(DAYS) ? Set.copyOf(item.get(DAYS).ss()) : Set.of();
    }
}
