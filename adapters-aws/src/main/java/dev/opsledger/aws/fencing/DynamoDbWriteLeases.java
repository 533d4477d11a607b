package dev.opsledger.aws.fencing;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.aws.dynamodb.DynamoDbFailures;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The region's write lease as one item of its event table ({@code pk = "meta:write-lease"}, {@code sk = 0},
 * outside the feed): read with one strongly consistent {@code GetItem} before each write, recorded with one
 * {@code PutItem} whose condition lets only a superseding lease through, so concurrent checkers never move it
 * back.
 */
public final class DynamoDbWriteLeases implements WriteLeases {

    private static final String REGION = "region";
    private static final String EPOCH = "epoch";
    private static final String WRITABLE_FROM = "writableFrom";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String SUPERSEDES = "attribute_not_exists(#pk) OR #epoch < :epoch"
            + " OR (#epoch = :epoch AND #expiresAt < :expiresAt)";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbWriteLeases(DynamoDbClient client, String tableName) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    @Override
    public Optional<WriteLease> current() {
        try {
            Map<String, AttributeValue> item = client.getItem(get -> get.tableName(tableName).key(key()).consistentRead(true))
                    .item();
            return item == null || item.isEmpty() ? Optional.empty() : Optional.of(leaseOf(item));
        } catch (SdkException failed) {
            throw DynamoDbFailures.unavailable("read the write lease in " + tableName, failed);
        }
    }

    @Override
    public void record(WriteLease lease) {
        Map<String, AttributeValue> item = new HashMap<>(key());
        item.put(REGION, AttributeValue.fromS(lease.holder().region().name()));
        item.put(EPOCH, number(lease.holder().epoch()));
        item.put(WRITABLE_FROM, number(lease.writableFrom().toEpochMilli()));
        item.put(EXPIRES_AT, number(lease.expiresAt().toEpochMilli()));
        try {
            client.putItem(put -> put.tableName(tableName).item(item)
                    .conditionExpression(SUPERSEDES)
                    .expressionAttributeNames(Map.of("#pk", EventTableSchema.PARTITION_KEY, "#epoch", EPOCH,
                            "#expiresAt", EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":epoch", item.get(EPOCH), ":expiresAt", item.get(EXPIRES_AT))));
        } catch (ConditionalCheckFailedException newerStored) {
            // A newer lease is stored: keeping it is the contract.
        } catch (SdkException failed) {
            throw DynamoDbFailures.unavailable("record the write lease in " + tableName, failed);
        }
    }

    private static Map<String, AttributeValue> key() {
        return Map.of(EventTableSchema.PARTITION_KEY, AttributeValue.fromS(EventTableSchema.WRITE_LEASE_KEY), EventTableSchema.SORT_KEY,
                AttributeValue.fromN("0"));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static WriteLease leaseOf(Map<String, AttributeValue> item) {
        return new WriteLease(
                new ActiveRegion(new Region(item.get(REGION).s()), Long.parseLong(item.get(EPOCH).n())),
                Instant.ofEpochMilli(Long.parseLong(item.get(WRITABLE_FROM).n())),
                Instant.ofEpochMilli(Long.parseLong(item.get(EXPIRES_AT).n())));
    }
}
