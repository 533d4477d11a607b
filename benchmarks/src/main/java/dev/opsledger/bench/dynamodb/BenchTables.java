package dev.opsledger.bench.dynamodb;

import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Tables for one run each (created from {@link EventTableSchema}, deleted after, so dynalite's memory
 * does not grow across rounds), and the raw write every baseline measures: the event store's own
 * conditional {@code PutItem}, without anything the store does around it.
 */
final class BenchTables {

    private final DynamoDbClient client;

    BenchTables(DynamoDbClient client) {
        this.client = client;
    }

    /** A new table, once active (dynalite answers {@code CreateTable} a moment before it is). */
    String create() {
        String name = "bench-" + UUID.randomUUID();
        client.createTable(EventTableSchema.createTableRequest(name));
        while (client.describeTable(describe -> describe.tableName(name)).table().tableStatus() != TableStatus.ACTIVE) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return name;
    }

    void delete(String table) {
        client.deleteTable(delete -> delete.tableName(table));
    }

    /** The commit items of a table (those in the feed index), by stream and version. */
    List<Map<String, AttributeValue>> commitItems(String table) {
        return client.scanPaginator(scan -> scan.tableName(table)).items().stream()
                .filter(item -> item.containsKey(EventTableSchema.FEED_PARTITION_KEY))
                .sorted(Comparator.<Map<String, AttributeValue>, String>comparing(item -> item.get(EventTableSchema.PARTITION_KEY).s())
                        .thenComparingLong(item -> Long.parseLong(item.get(EventTableSchema.SORT_KEY).n())))
                .toList();
    }

    /** The write an append ends with, alone: a {@code PutItem} conditional on the key being free. */
    void putIfAbsent(String table, Map<String, AttributeValue> item) {
        client.putItem(put -> put.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", EventTableSchema.PARTITION_KEY)));
    }
}
