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
 * (partition service#environment, sort key the instant) asked with one {@code Query} each.
 */
final class TimeIndex {

    private static final NavigableMap<Instant, Set<StreamId>> EMPTY = new TreeMap<>();

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

    /** The streams at the latest instant strictly before {@code at}; none if there is none. */
    Set<StreamId> lastBefore(ServiceEnvironment partition, Instant at) {
        return streams(sorted(partition).lowerEntry(at));
    }

    /** The streams at the latest instant at or before {@code at}. */
    Set<StreamId> lastAtOrBefore(ServiceEnvironment partition, Instant at) {
        return streams(sorted(partition).floorEntry(at));
    }

    /** The streams at the earliest instant strictly after {@code at}, and that instant. */
    Optional<Map.Entry<Instant, Set<StreamId>>> firstAfter(ServiceEnvironment partition, Instant at) {
        return Optional.ofNullable(sorted(partition).higherEntry(at));
    }

    /** Every stream at an instant in {@code [from, to)}, or from {@code from} on when {@code to} is empty. */
    Set<StreamId> between(ServiceEnvironment partition, Instant from, Optional<Instant> to) {
        NavigableMap<Instant, Set<StreamId>> sorted = sorted(partition);
        NavigableMap<Instant, Set<StreamId>> range = to.map(end -> sorted.subMap(from, true, end, false)).orElse(sorted.tailMap(from, true));
        Set<StreamId> streams = new TreeSet<>();
        range.values().forEach(streams::addAll);
        return streams;
    }

    private NavigableMap<Instant, Set<StreamId>> sorted(ServiceEnvironment partition) {
        return entries.getOrDefault(partition, EMPTY);
    }

    private static Set<StreamId> streams(Map.Entry<Instant, Set<StreamId>> entry) {
        return entry == null ? Set.of() : Set.copyOf(entry.getValue());
    }
}
