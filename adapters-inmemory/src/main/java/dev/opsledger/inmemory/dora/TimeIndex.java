package dev.opsledger.inmemory.dora;

import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Streams sorted by an instant within each service and environment: the twin of a DynamoDB index
 * (partition service#environment, sort key the instant) asked with one {@code Query} of limit 1.
 */
final class TimeIndex {

    private final Map<ServiceEnvironment, NavigableMap<Instant, Set<StreamId>>> entries = new HashMap<>();

    void add(ServiceEnvironment partition, Instant at, StreamId stream) {
        entries.computeIfAbsent(partition, unused -> new TreeMap<>())
                .computeIfAbsent(at, unused -> new TreeSet<>())
                .add(stream);
    }

    void remove(ServiceEnvironment partition, Instant at, StreamId stream) {
        NavigableMap<Instant, Set<StreamId>> sorted = entries.getOrDefault(partition, new TreeMap<>());
        Set<StreamId> streams = sorted.getOrDefault(at, new TreeSet<>());
        streams.remove(stream);
        if (streams.isEmpty()) {
            sorted.remove(at);
        }
    }

    /** One stream at the earliest instant at or after {@code from}, if any. */
    Optional<StreamId> firstAtOrAfter(ServiceEnvironment partition, Instant from) {
        return Optional.ofNullable(entries.get(partition))
                .map(sorted -> sorted.ceilingEntry(from))
                .map(entry -> entry.getValue().iterator().next());
    }
}
