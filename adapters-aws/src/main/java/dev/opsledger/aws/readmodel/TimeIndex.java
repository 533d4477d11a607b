package dev.opsledger.aws.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Streams sorted by an instant within one partition: an item per instant ({@code sk} the instant in
 * seconds, to the nanosecond) holding the entries of the streams at it, so the streams just before or
 * after an instant are one {@code Query} of limit 1. Only projecting reads them; reports read days. An item whose last entry leaves is deleted rather
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

    /** The entries at the latest instant strictly before {@code at}. */
    Map<String, Entry> lastBefore(String index, Instant at) {
        return first(table.range(index, "sk < :sk", ItemKey.seconds(at), Optional.empty(), false, 1));
    }

    /** The entries at the latest instant at or before {@code at}. */
    Map<String, Entry> lastAtOrBefore(String index, Instant at) {
        return first(table.range(index, "sk <= :sk", ItemKey.seconds(at), Optional.empty(), false, 1));
    }

    /** The entries at the earliest instant strictly after {@code at}, and that instant. */
    Optional<At> firstAfter(String index, Instant at) {
        return table.range(index, "sk > :sk", ItemKey.seconds(at), Optional.empty(), true, 1).stream().findFirst()
                .map(item -> new At(item.get(ItemKey.SK).n(), Entries.of(item)));
    }

    /** Every entry at an instant from {@code from} on, and before {@code to} if given (as {@link At#seconds}). */
    Map<String, Entry> between(String index, Instant from, Optional<String> to) {
        Map<String, Entry> entries = new HashMap<>();
        table.range(index, to.isPresent() ? "sk BETWEEN :sk AND :to" : "sk >= :sk", ItemKey.seconds(from), to, true, 0).stream()
                .filter(item -> to.map(end -> new BigDecimal(item.get(ItemKey.SK).n()).compareTo(new BigDecimal(end)) < 0).orElse(true))
                .forEach(item -> Entries.merge(entries, Entries.of(item)));
        return entries;
    }

    /** An index item: its instant as {@code sk} holds it, and its entries. */
    record At(String seconds, Map<String, Entry> entries) {
    }

    private static Map<String, Entry> first(List<Map<String, AttributeValue>> items) {
        return items.stream().findFirst().map(Entries::of).orElse(Map.of());
    }
}
