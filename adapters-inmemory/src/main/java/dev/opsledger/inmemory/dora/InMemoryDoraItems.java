package dev.opsledger.inmemory.dora;

import dev.opsledger.application.dora.DoraEntry;
import dev.opsledger.application.dora.DoraItems;
import dev.opsledger.application.dora.DoraPlace;
import dev.opsledger.application.dora.DoraShelf;
import dev.opsledger.application.dora.DoraStream;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * The DORA items in concurrent maps: each item is replaced atomically by its key's {@code compute}, and
 * readers take no lock, so a report waits for no writer and reads only its own service's shelves.
 */
final class InMemoryDoraItems implements DoraItems {

    private final Map<StreamId, DoraStream> streams = new ConcurrentHashMap<>();
    private final Map<DoraShelf, ConcurrentNavigableMap<Instant, Map<StreamId, DoraEntry>>> shelves = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> services = new ConcurrentHashMap<>();

    @Override
    public DoraStream updateStream(StreamId stream, boolean probablyNew, UnaryOperator<DoraStream> change) {
        return streams.compute(stream, (key, held) -> change.apply(held == null ? DoraStream.none(key) : held));
    }

    @Override
    public void shelve(DoraPlace place, Collection<DoraEntry> entries) {
        shelf(place.shelf()).compute(place.at(), (at, held) -> {
            Map<StreamId, DoraEntry> next = new HashMap<>(held == null ? Map.of() : held);
            entries.forEach(entry -> next.merge(entry.stream(), entry, DoraEntry::newer));
            return Map.copyOf(next);
        });
    }

    @Override
    public List<DoraEntry> between(DoraShelf shelf, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        return shelf(shelf).subMap(from, true, to, false).values().stream().flatMap(item -> item.values().stream()).toList();
    }

    @Override
    public Optional<ShelfItem> firstFrom(DoraShelf shelf, Instant at) {
        return Optional.ofNullable(shelf(shelf).ceilingEntry(at))
                .map(item -> new ShelfItem(item.getKey(), List.copyOf(item.getValue().values())));
    }

    @Override
    public void addService(String environment, String service) {
        services.computeIfAbsent(environment, unused -> ConcurrentHashMap.newKeySet()).add(service);
    }

    @Override
    public Set<String> services(String environment) {
        return Set.copyOf(services.getOrDefault(environment, Set.of()));
    }

    private ConcurrentNavigableMap<Instant, Map<StreamId, DoraEntry>> shelf(DoraShelf shelf) {
        return shelves.computeIfAbsent(shelf, unused -> new ConcurrentSkipListMap<>());
    }
}
