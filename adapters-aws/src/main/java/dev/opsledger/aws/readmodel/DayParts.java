package dev.opsledger.aws.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The day items of the DORA read model, split into numbered parts so that none outgrows DynamoDB's
 * 400 KB item limit.
 *
 * <p>The split rule: a day's parts share its key {@code pk} and are numbered by {@code sk} from 0.
 * Part 0 also says how many parts the day has ({@code parts}, 1 when absent). A stream's entry stays
 * in the part that holds it (a fact grows by a few bytes at most once placed); a new entry goes to the
 * lowest-numbered part whose entries stay under {@code partLimitBytes} with it, and when none does,
 * part 0 first declares one part more and the new part is created with the entry. A racing writer may
 * leave one stream's entry in two parts; writers then update both and readers keep the newer.
 */
final class DayParts {

    static final int DEFAULT_PART_LIMIT_BYTES = 300 * 1024;
    private static final String PARTS = "parts";
    private static final int MAX_ATTEMPTS = 100;

    private final ReadModelTable table;
    private final BatchReads batchReads;
    private final int partLimitBytes;

    DayParts(ReadModelTable table, BatchReads batchReads, int partLimitBytes) {
        this.table = table;
        this.batchReads = batchReads;
        this.partLimitBytes = partLimitBytes;
    }

    void write(String day, String stream, Entry entry) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Map<Long, Map<String, AttributeValue>> parts = new HashMap<>();
            table.query(day).forEach(part -> parts.put(ItemKey.of(part).part(), part));
            List<Map<String, AttributeValue>> holding =
                    parts.values().stream().filter(part -> Entries.of(part).containsKey(stream)).toList();
            if (!holding.isEmpty()) {
                holding.forEach(part -> table.update(ItemKey.of(part), Optional.of(part), item -> Entries.write(item, stream, entry)));
                return;
            }
            long target = firstWithRoom(parts, entry.bytes(stream));
            if (target > 0) {
                table.update(ItemKey.of(day, 0), Optional.ofNullable(parts.get(0L)), item -> declareParts(item, target + 1));
            }
            Map<String, AttributeValue> written = table.update(
                    ItemKey.of(day, target), Optional.ofNullable(parts.get(target)), item -> insert(item, stream, entry));
            if (Entries.of(written).containsKey(stream)) {
                return;
            }
        }
        throw new IllegalStateException("could not place " + stream + " in any part of " + day);
    }

    /** Part 0 of each day, then the further parts those declare: returns every part's item and the reads it took. */
    Read read(List<String> days) {
        Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
        List<ItemKey> firstParts = days.stream().map(day -> ItemKey.of(day, 0)).toList();
        int requests = batchReads.get(firstParts, found);
        List<ItemKey> furtherParts = new ArrayList<>();
        for (ItemKey first : firstParts) {
            long parts = declaredParts(Optional.ofNullable(found.get(first)).orElse(Map.of()));
            for (long part = 1; part < parts; part++) {
                furtherParts.add(ItemKey.of(first.pk(), part));
            }
        }
        requests += batchReads.get(furtherParts, found);
        return new Read(List.copyOf(found.values()), firstParts.size() + furtherParts.size(), requests);
    }

    record Read(List<Map<String, AttributeValue>> items, int itemsRead, int requests) {
    }

    private long firstWithRoom(Map<Long, Map<String, AttributeValue>> byNumber, int bytes) {
        long declared = Math.max(declaredParts(byNumber.getOrDefault(0L, Map.of())),
                byNumber.keySet().stream().mapToLong(part -> part + 1).max().orElse(1));
        for (long part = 0; part < declared; part++) {
            if (hasRoom(byNumber.getOrDefault(part, Map.of()), bytes)) {
                return part;
            }
        }
        return declared;
    }

    private ItemChange insert(Map<String, AttributeValue> item, String stream, Entry entry) {
        if (!Entries.of(item).containsKey(stream) && !hasRoom(item, entry.bytes(stream))) {
            return ItemChange.KEEP;
        }
        return Entries.write(item, stream, entry);
    }

    /** An empty part takes any entry, so that one oversized entry cannot open parts forever. */
    private boolean hasRoom(Map<String, AttributeValue> part, int bytes) {
        Map<String, Entry> entries = Entries.of(part);
        return entries.isEmpty() || Entries.bytes(entries) + bytes <= partLimitBytes;
    }

    private static ItemChange declareParts(Map<String, AttributeValue> first, long parts) {
        if (declaredParts(first) >= parts) {
            return ItemChange.KEEP;
        }
        Map<String, AttributeValue> next = new HashMap<>(first);
        next.put(PARTS, AttributeValue.fromN(Long.toString(parts)));
        return ItemChange.put(next);
    }

    private static long declaredParts(Map<String, AttributeValue> first) {
        return Optional.ofNullable(first.get(PARTS)).map(parts -> Long.parseLong(parts.n())).orElse(1L);
    }
}
