package dev.opsledger.aws.sns;

import dev.opsledger.aws.dynamodb.DynamoDbFailures;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Open problems as items of the region's event table ({@code pk = "alert:<key>"}, {@code sk = 0}, no feed
 * attributes, so the feed never shows them), shared by every Lambda container of the region: opening is a
 * {@code PutItem} conditional on the item being absent, closing a {@code DeleteItem} conditional on it being
 * there, and of many callers DynamoDB lets exactly one pass each condition.
 *
 * <p>Each region keeps its own: a problem seen from both regions is notified once by each.
 */
public final class DynamoDbOpenProblems implements OpenProblems {

    static final String KEY_PREFIX = "alert:";
    private static final Map<String, String> KEY_NAME = Map.of("#pk", EventTableSchema.PARTITION_KEY);

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbOpenProblems(DynamoDbClient client, String tableName) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    @Override
    public boolean open(String problemKey) {
        Map<String, AttributeValue> item = key(problemKey);
        return conditionally("open", problemKey, () -> client.putItem(put -> put.tableName(tableName).item(item)
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(KEY_NAME)));
    }

    @Override
    public boolean close(String problemKey) {
        Map<String, AttributeValue> key = key(problemKey);
        return conditionally("close", problemKey, () -> client.deleteItem(delete -> delete.tableName(tableName).key(key)
                .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(KEY_NAME)));
    }

    private static Map<String, AttributeValue> key(String problemKey) {
        Objects.requireNonNull(problemKey, "problemKey");
        return Map.of(EventTableSchema.PARTITION_KEY, AttributeValue.fromS(KEY_PREFIX + problemKey),
                EventTableSchema.SORT_KEY, AttributeValue.fromN("0"));
    }

    /** True when the write passed its condition, false when it did not: someone else opened (or closed) it first. */
    private boolean conditionally(String change, String problemKey, Supplier<?> write) {
        try {
            write.get();
            return true;
        } catch (ConditionalCheckFailedException alreadyDone) {
            return false;
        } catch (SdkException failure) {
            throw DynamoDbFailures.unavailable(change + " problem " + problemKey + " in " + tableName, failure);
        }
    }
}
