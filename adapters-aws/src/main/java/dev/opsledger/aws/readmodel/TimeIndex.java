package dev.opsledger.aws.readmodel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Streams sorted by an instant within one partition: an item per instant ({@code sk} the instant in
 * seconds, to the nanosecond) holding the entries of the streams at it, so the first stream at or
 * after an instant is one {@code Query} of limit 1. An item whose last entry leaves is deleted rather
 * than left empty, which keeps that query at one item read; a projector that lost a race may put back
 * an entry a later version removed, and then repairs it (see {@link DynamoDbDoraReadModel#apply}).
 */
final class TimeIndex {

    private final ReadModelTable table;

    TimeIndex(ReadModelTable table) {
        this.table = table;
    }

    void put(String index, Instant at, String stream, Entry entry) {
        // Streams rarely share an instant, so the first attempt expects a new item and saves a read.
        table.update(ItemKey.at(index, at), Optional.empty(), item -> Entries.write(item, stream, entry));
    }

    void remove(String index, Instant at, String stream) {
        table.update(ItemKey.at(index, at), item -> {
            Map<String, Entry> entries = new HashMap<>(Entries.of(item));
            if (entries.remove(stream) == null) {
                return ItemChange.KEEP;
            }
            return entries.isEmpty() ? ItemChange.DELETE : ItemChange.put(Entries.with(item, entries));
        });
    }

    Map<String, Entry> firstAtOrAfter(String index, Instant at) {
        return table.firstAtOrAfter(index, ItemKey.seconds(at)).map(Entries::of).orElse(Map.of());
    }
}
