package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Every read-model item of an event table, as one set: the items whose {@code pk} starts with
 * {@value #PREFIX}. Commits, the feed hours, the heartbeat and open alerts have other keys and are
 * never touched.
 */
public final class ReadModelItems {

    public static final String PREFIX = "rm:";

    private static final int DELETES_PER_REQUEST = 25;
    private static final int MAX_ATTEMPTS = 20;

    private final DynamoDbClient client;
    private final String tableName;
    /** Null leaves pages to DynamoDB (1 MB read each). */
    private final Integer itemsPerScanPage;

    public ReadModelItems(DynamoDbClient client, String tableName) {
        this(client, tableName, null);
    }

    /** Scanning at most {@code itemsPerScanPage} items per page, so tests can make a handful of items span pages. */
    ReadModelItems(DynamoDbClient client, String tableName, Integer itemsPerScanPage) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.itemsPerScanPage = itemsPerScanPage;
    }

    /**
     * Deletes every read-model item, for a rebuild from empty models (after a model's item format
     * changed, say); returns how many it deleted. Scans the table page by page (strongly consistent,
     * keys only) and deletes each page's read-model items in {@code BatchWriteItem}s of 25, so it holds
     * one page and one batch at a time, never the table. The scan reads, and is charged for, every item
     * of the table: DynamoDB filters after reading.
     *
     * <p>A projector may write meanwhile: what it writes ahead of the scan is deleted, and the rebuild that
     * follows writes every fact again (the DORA model places a commit its stream item holds again), while the
     * health summary, holding the latest state of each stream it folded, takes from the log whatever it lacks.
     */
    public long dropAll() {
        long deleted = 0;
        List<Map<String, AttributeValue>> batch = new ArrayList<>(DELETES_PER_REQUEST);
        Map<String, AttributeValue> from = null;
        do {
            Map<String, AttributeValue> start = from;
            ScanResponse page = ReadModelCalls.call(() -> client.scan(scanFrom(start)));
            for (Map<String, AttributeValue> key : page.items()) {
                batch.add(key);
                if (batch.size() == DELETES_PER_REQUEST) {
                    deleted += delete(batch);
                    batch.clear();
                }
            }
            from = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (from != null);
        return deleted + delete(batch);
    }

    private ScanRequest scanFrom(Map<String, AttributeValue> start) {
        return ScanRequest.builder()
                .tableName(tableName)
                .consistentRead(true)
                // A commit item never qualifies, even of a stream whose category happened to be "rm".
                .filterExpression("begins_with(#pk, :prefix) AND attribute_not_exists(#events)")
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#pk", ItemKey.PK, "#sk", ItemKey.SK, "#events", EventTableSchema.EVENTS))
                .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(PREFIX)))
                .limit(itemsPerScanPage)
                .exclusiveStartKey(start)
                .build();
    }

    /** Deletes those keys, sending again whatever DynamoDB leaves unprocessed; returns how many keys it was given. */
    private int delete(List<Map<String, AttributeValue>> keys) {
        List<WriteRequest> pending = keys.stream()
                .map(key -> WriteRequest.builder().deleteRequest(delete -> delete.key(key)).build())
                .toList();
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                throw new ServiceUnavailable("DynamoDB left read-model deletes unprocessed " + MAX_ATTEMPTS + " times", true);
            }
            ReadModelCalls.pause(attempt);
            List<WriteRequest> sent = pending;
            BatchWriteItemResponse response = ReadModelCalls.call(() ->
                    client.batchWriteItem(request -> request.requestItems(Map.of(tableName, sent))));
            pending = response.unprocessedItems().getOrDefault(tableName, List.of());
        }
        return keys.size();
    }
}
