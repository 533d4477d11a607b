package dev.opsledger.aws.readmodel;

import dev.opsledger.application.dora.DoraEntry;
import dev.opsledger.application.dora.DoraItems;
import dev.opsledger.application.dora.DoraPlace;
import dev.opsledger.application.dora.DoraShelf;
import dev.opsledger.application.dora.DoraStream;
import dev.opsledger.domain.shared.StreamId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DORA items in the event table: a stream item per stream ({@code sk} 0), a partition per shelf whose
 * items are keyed by their instant, and one item per environment listing its services. Every write is
 * an optimistic read-modify-write ({@link ReadModelTable}); a shelf item and a stream's first commit
 * are first written as new items, which saves the read whenever they are.
 */
final class DynamoDbDoraItems implements DoraItems {

    private static final String SERVICES = "services";

    private final ReadModelTable table;
    private final Set<List<String>> servicesAdded = ConcurrentHashMap.newKeySet();

    DynamoDbDoraItems(ReadModelTable table) {
        this.table = table;
    }

    @Override
    public DoraStream updateStream(StreamId stream, boolean probablyNew, UnaryOperator<DoraStream> change) {
        ItemKey key = ItemKey.of(DoraKeys.stream(stream), 0);
        Function<Map<String, AttributeValue>, ItemChange> decide = item -> {
            DoraStream held = DoraAttributes.stream(stream, item);
            DoraStream next = change.apply(held);
            return next.equals(held) ? ItemChange.KEEP : ItemChange.put(DoraAttributes.attributes(next));
        };
        Map<String, AttributeValue> after = probablyNew ? table.update(key, Optional.empty(), decide) : table.update(key, decide);
        return DoraAttributes.stream(stream, after);
    }

    @Override
    public void shelve(DoraPlace place, Collection<DoraEntry> entries) {
        table.update(ItemKey.at(DoraKeys.shelf(place.shelf()), place.at()), Optional.empty(), item -> {
            Map<StreamId, DoraEntry> held = DoraAttributes.entries(item);
            Map<StreamId, DoraEntry> next = new HashMap<>(held);
            entries.forEach(entry -> next.merge(entry.stream(), entry, DoraEntry::newer));
            return next.equals(held) ? ItemChange.KEEP : ItemChange.put(DoraAttributes.withEntries(item, next));
        });
    }

    @Override
    public List<DoraEntry> between(DoraShelf shelf, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        BigDecimal end = new BigDecimal(ItemKey.seconds(to));
        return table.range(DoraKeys.shelf(shelf), "sk BETWEEN :sk AND :to", ItemKey.seconds(from), Optional.of(ItemKey.seconds(to)), true, 0)
                .stream()
                .filter(item -> new BigDecimal(item.get(ItemKey.SK).n()).compareTo(end) < 0)
                .flatMap(item -> DoraAttributes.entries(item).values().stream())
                .toList();
    }

    @Override
    public Optional<ShelfItem> firstFrom(DoraShelf shelf, Instant at) {
        return table.range(DoraKeys.shelf(shelf), "sk >= :sk", ItemKey.seconds(at), Optional.empty(), true, 1).stream()
                .findFirst()
                .map(item -> new ShelfItem(ItemKey.instant(item.get(ItemKey.SK).n()), List.copyOf(DoraAttributes.entries(item).values())));
    }

    /** Sent once per environment and service by each instance; the condition keeps a repeat from raising {@code rev}. */
    @Override
    public void addService(String environment, String service) {
        if (servicesAdded.contains(List.of(environment, service))) {
            return;
        }
        table.updateIf(ItemKey.of(DoraKeys.services(environment), 0), "ADD services :names, rev :one", "NOT contains(services, :name)",
                Map.of(":names", AttributeValue.fromSs(List.of(service)), ":name", AttributeValue.fromS(service),
                        ":one", AttributeValue.fromN("1")));
        servicesAdded.add(List.of(environment, service));
    }

    @Override
    public Set<String> services(String environment) {
        return table.get(ItemKey.of(DoraKeys.services(environment), 0))
                .map(item -> item.containsKey(SERVICES) ? Set.copyOf(item.get(SERVICES).ss()) : Set.<String>of())
                .orElse(Set.of());
    }
}
