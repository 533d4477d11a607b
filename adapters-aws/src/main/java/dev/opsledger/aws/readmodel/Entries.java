package dev.opsledger.aws.readmodel;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The {@code entries} attribute of a derived item: one {@link Entry} per stream id. */
final class Entries {

    static final String ATTRIBUTE = "entries";

    private Entries() {
    }

    static Map<String, Entry> of(Map<String, AttributeValue> item) {
        AttributeValue entries = item.get(ATTRIBUTE);
        if (entries == null) {
            return Map.of();
        }
        return entries.m().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> Entry.from(entry.getValue())));
    }

    /** The item with the stream's entry replaced, unless the entry held already supersedes or equals it. */
    static ItemChange write(Map<String, AttributeValue> item, String stream, Entry entry) {
        Entry held = of(item).get(stream);
        if (held != null && !entry.supersedes(held)) {
            return ItemChange.KEEP;
        }
        Map<String, Entry> entries = new HashMap<>(of(item));
        entries.put(stream, entry);
        return ItemChange.put(with(item, entries));
    }

    static Map<String, AttributeValue> with(Map<String, AttributeValue> item, Map<String, Entry> entries) {
        Map<String, AttributeValue> next = new HashMap<>(item);
        if (entries.isEmpty()) {
            next.remove(ATTRIBUTE);
        } else {
            next.put(ATTRIBUTE, AttributeValue.fromM(entries.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().toAttribute()))));
        }
        return next;
    }

    static int bytes(Map<String, Entry> entries) {
        return entries.entrySet().stream().mapToInt(entry -> entry.getValue().bytes(entry.getKey())).sum();
    }

    /** Folds {@code more} into {@code into}, keeping the newer entry of each stream. */
    static void merge(Map<String, Entry> into, Map<String, Entry> more) {
        more.forEach((stream, entry) -> into.merge(stream, entry, Entry::newer));
    }
}
