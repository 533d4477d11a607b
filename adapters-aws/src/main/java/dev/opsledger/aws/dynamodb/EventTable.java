package dev.opsledger.aws.dynamodb;

import static dev.opsledger.aws.dynamodb.EventTableSchema.DISCARDED;
import static dev.opsledger.aws.dynamodb.EventTableSchema.FEED_HOURS_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.PARTITION_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.SORT_KEY;

import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The calls the event store makes, each failing with {@code ServiceUnavailable} when DynamoDB does not answer. */
final class EventTable {

    private final DynamoDbClient client;
    private final String tableName;

    EventTable(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    /**
     * A stream's commit items in version order, strongly consistent, across as many pages as it takes; discard
     * markers are left out.
     */
    List<Map<String, AttributeValue>> queryStream(StreamId stream, String... attributes) {
        Map<String, String> names = names(attributes);
        names.put("#discarded", DISCARDED);
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk")
                .filterExpression("attribute_not_exists(#discarded)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(stream.value())))
                .consistentRead(true);
        if (attributes.length > 0) {
            request.projectionExpression(Arrays.stream(attributes).map(attribute -> "#" + attribute)
                    .collect(Collectors.joining(", ")));
        }
        return call("read stream " + stream, () -> client.queryPaginator(request.build()).items().stream().toList());
    }

    /** The commit item at that key; empty when there is none or only a discard marker. */
    Optional<Map<String, AttributeValue>> get(StreamId stream, long firstVersion) {
        return call("read commit " + firstVersion + " of " + stream, () -> {
            Map<String, AttributeValue> item = client.getItem(get -> get.tableName(tableName)
                    .key(key(stream.value(), firstVersion)).consistentRead(true)).item();
            return item.isEmpty() || item.containsKey(DISCARDED) ? Optional.empty() : Optional.of(item);
        });
    }

    /** Writes the item unless any item, even a discard marker, holds its key; false when one did. */
    boolean putIfAbsent(Map<String, AttributeValue> item, String description) {
        return putIf("attribute_not_exists(#pk)", Map.of("#pk", PARTITION_KEY), item, description);
    }

    /** Writes the item unless a commit holds its key (a discard marker may); false when one did. */
    boolean putUnlessCommitted(Map<String, AttributeValue> item, String description) {
        return putIf("attribute_not_exists(#pk) OR attribute_exists(#discarded)",
                Map.of("#pk", PARTITION_KEY, "#discarded", DISCARDED), item, description);
    }

    /** Overwrites the commit at that key with a discard marker. */
    void markDiscarded(StreamId stream, long firstVersion, Instant now) {
        call("discard commit " + firstVersion + " of " + stream,
                () -> client.putItem(put -> put.tableName(tableName).item(discardMarker(stream, firstVersion, now))));
    }

    /** Puts a discard marker at that key unless a commit holds it; false when one does. */
    boolean markDiscardedUnlessCommitted(StreamId stream, long firstVersion, Instant now) {
        return putUnlessCommitted(discardMarker(stream, firstVersion, now), "mark version " + firstVersion + " of "
                + stream + " discarded");
    }

    private boolean putIf(String condition, Map<String, String> names, Map<String, AttributeValue> item, String description) {
        return call(description, () -> {
            try {
                client.putItem(put -> put.tableName(tableName).item(item).conditionExpression(condition)
                        .expressionAttributeNames(names));
                return true;
            } catch (ConditionalCheckFailedException taken) {
                return false;
            }
        });
    }

    private static Map<String, AttributeValue> discardMarker(StreamId stream, long firstVersion, Instant now) {
        Map<String, AttributeValue> marker = new HashMap<>(key(stream.value(), firstVersion));
        marker.put(DISCARDED, AttributeValue.fromS(EventTableSchema.fixedWidthInstant(now)));
        return marker;
    }

    QueryResponse queryFeed(String partition, String fromSortKey, int limit, Map<String, AttributeValue> startKey) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":gpk", AttributeValue.fromS(partition));
        String condition = "#gpk = :gpk";
        if (fromSortKey != null) {
            values.put(":from", AttributeValue.fromS(fromSortKey));
            condition += " AND #gsk >= :from";
        }
        QueryRequest request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(EventTableSchema.FEED_INDEX)
                .keyConditionExpression(condition)
                .expressionAttributeNames(fromSortKey == null
                        ? Map.of("#gpk", EventTableSchema.FEED_PARTITION_KEY)
                        : Map.of("#gpk", EventTableSchema.FEED_PARTITION_KEY, "#gsk", EventTableSchema.FEED_SORT_KEY))
                .expressionAttributeValues(values)
                .limit(limit)
                .exclusiveStartKey(startKey)
                .build();
        return call("read feed partition " + partition, () -> client.query(request));
    }

    /** Lists the hour for feed readers: an unconditional put, so writing it twice costs a write, nothing else. */
    void putFeedHour(long feedHour) {
        call("list feed hour " + feedHour, () -> client.putItem(put -> put.tableName(tableName).item(key(FEED_HOURS_KEY, feedHour))));
    }

    /** The feed hours from {@code from} to {@code until}, both included, in order, strongly consistent. */
    QueryResponse queryFeedHours(long from, long until, int limit, Map<String, AttributeValue> startKey) {
        QueryRequest request = QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :until")
                .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#sk", SORT_KEY))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(FEED_HOURS_KEY),
                        ":from", CommitItems.number(from), ":until", CommitItems.number(until)))
                .consistentRead(true)
                .limit(limit)
                .exclusiveStartKey(startKey)
                .build();
        return call("list the feed hours from " + from, () -> client.query(request));
    }

    private static Map<String, AttributeValue> key(String partition, long sortKey) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(partition), SORT_KEY, CommitItems.number(sortKey));
    }

    private static Map<String, String> names(String... attributes) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", PARTITION_KEY));
        for (String attribute : attributes) {
            names.put("#" + attribute, attribute);
        }
        return names;
    }

    private static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException failure) {
            throw DynamoDbFailures.unavailable(what, failure);
        }
    }
}
