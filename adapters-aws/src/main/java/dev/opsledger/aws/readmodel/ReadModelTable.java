package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.ServiceUnavailable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The read-model items of the event table. Every read is strongly consistent, and every write is an
 * optimistic read-modify-write: the item's {@code rev} is read with it, and the write is conditioned on
 * {@code rev} being unchanged (or the item still absent), retried from a fresh read when another writer
 * got there first. So concurrent writers never lose each other's updates, without transactions.
 */
final class ReadModelTable {

    static final String REV = "rev";
    private static final int MAX_ATTEMPTS = 100;

    private final DynamoDbClient client;
    private final String tableName;

    ReadModelTable(DynamoDbClient client, String tableName) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /**
     * Reads the item, lets {@code change} decide from its attributes (empty when absent; never the key or
     * {@code rev}) and writes that decision conditionally, until a write holds or nothing needs writing.
     * {@code change} may run several times. Returns the attributes the item has afterwards.
     */
    Map<String, AttributeValue> update(ItemKey key, Function<Map<String, AttributeValue>, ItemChange> change) {
        return update(key, get(key), false, change);
    }

    /**
     * As {@link #update(ItemKey, Function)}, but the first attempt decides from {@code seen}, the item as
     * the caller last read it (empty: absent), which saves a read whenever the guess holds. A guess that
     * leads to no write is checked against a fresh read; one that leads to a write is checked by its
     * condition.
     */
    Map<String, AttributeValue> update(
            ItemKey key, Optional<Map<String, AttributeValue>> seen, Function<Map<String, AttributeValue>, ItemChange> change) {
        return update(key, seen, true, change);
    }

    private Map<String, AttributeValue> update(ItemKey key, Optional<Map<String, AttributeValue>> seen, boolean guessed,
            Function<Map<String, AttributeValue>, ItemChange> change) {
        Optional<Map<String, AttributeValue>> stored = seen;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                stored = get(key);
            }
            Optional<String> rev = stored.map(item -> item.get(REV).n());
            Map<String, AttributeValue> current = stored.map(ReadModelTable::withoutKeyAndRev).orElse(Map.of());
            ItemChange decided = change.apply(current);
            try {
                switch (decided) {
                    case ItemChange.Keep keep -> {
                        if (attempt == 0 && guessed) {
                            continue;
                        }
                        return current;
                    }
                    case ItemChange.Put put -> {
                        put(key, put.attributes(), rev);
                        return put.attributes();
                    }
                    case ItemChange.Delete delete -> {
                        if (rev.isPresent()) {
                            delete(key, rev.get());
                        } else if (attempt == 0 && guessed) {
                            continue;
                        }
                        return Map.of();
                    }
                }
            } catch (ConditionalCheckFailedException raced) {
                // Another writer changed the item since it was read: decide again from what it wrote.
            }
        }
        throw new ServiceUnavailable("item " + key + " kept changing under " + MAX_ATTEMPTS + " attempts to update it", true);
    }

    /**
     * One {@code UpdateItem}: {@code update} (which must also raise {@code rev}, so that read-modify-writes
     * racing it start again) if {@code condition} holds. Returns the item afterwards, or empty if the
     * condition failed.
     */
    Optional<Map<String, AttributeValue>> updateIf(
            ItemKey key, String update, String condition, Map<String, AttributeValue> values) {
        try {
            return Optional.of(ReadModelCalls.call(() -> client.updateItem(request -> request.tableName(tableName).key(key.attributes())
                    .updateExpression(update).conditionExpression(condition).expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW))).attributes());
        } catch (ConditionalCheckFailedException failed) {
            return Optional.empty();
        }
    }

    Optional<Map<String, AttributeValue>> get(ItemKey key) {
        Map<String, AttributeValue> item = ReadModelCalls.call(() -> client.getItem(request -> request
                .tableName(tableName).key(key.attributes()).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Every item of the partition, in key order. */
    List<Map<String, AttributeValue>> query(String pk) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> from = null;
        do {
            Map<String, AttributeValue> start = from;
            QueryResponse page = ReadModelCalls.call(() -> client.query(partition(pk).exclusiveStartKey(start).build()));
            items.addAll(page.items());
            from = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (from != null);
        return items;
    }

    /**
     * The partition's items whose sort key meets {@code condition} on {@code :sk} (and {@code :to}, if
     * given), in key order or reversed, at most {@code limit} of them (0: all).
     */
    List<Map<String, AttributeValue>> range(String pk, String condition, String sk, Optional<String> to, boolean forward, int limit) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", AttributeValue.fromS(pk), ":sk", AttributeValue.fromN(sk)));
        to.ifPresent(end -> values.put(":to", AttributeValue.fromN(end)));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> from = null;
        do {
            Map<String, AttributeValue> start = from;
            QueryRequest.Builder request = partition(pk).keyConditionExpression("pk = :pk AND " + condition)
                    .expressionAttributeValues(values).scanIndexForward(forward).exclusiveStartKey(start);
            if (limit > 0) {
                request.limit(limit);
            }
            QueryResponse page = ReadModelCalls.call(() -> client.query(request.build()));
            items.addAll(page.items());
            from = limit == 0 && page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (from != null);
        return items;
    }

    private void put(ItemKey key, Map<String, AttributeValue> attributes, Optional<String> rev) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(key.attributes());
        item.put(REV, AttributeValue.fromN(rev.map(read -> Long.parseLong(read) + 1).orElse(1L).toString()));
        ReadModelCalls.call(() -> client.putItem(request -> {
            request.tableName(tableName).item(item);
            rev.ifPresentOrElse(
                    read -> request.conditionExpression("rev = :rev").expressionAttributeValues(Map.of(":rev", AttributeValue.fromN(read))),
                    () -> request.conditionExpression("attribute_not_exists(pk)"));
        }));
    }

    private void delete(ItemKey key, String rev) {
        ReadModelCalls.call(() -> client.deleteItem(request -> request.tableName(tableName).key(key.attributes())
                .conditionExpression("rev = :rev").expressionAttributeValues(Map.of(":rev", AttributeValue.fromN(rev)))));
    }

    private QueryRequest.Builder partition(String pk) {
        return QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
    }

    private static Map<String, AttributeValue> withoutKeyAndRev(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> attributes = new HashMap<>(item);
        attributes.keySet().removeAll(List.of(ItemKey.PK, ItemKey.SK, REV));
        return attributes;
    }
}
