package dev.opsledger.aws.replication;

import static dev.opsledger.aws.dynamodb.EventTableSchema.PARTITION_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.SORT_KEY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Stands in for the table's DynamoDB stream, which dynalite does not have: a consistent scan of the raw
 * items, and for every item written or changed since the last read the INSERT or MODIFY record with its
 * NEW_IMAGE, as the stream would carry it. That includes the items that are not commits (the feed
 * hours), which the change feed must skip.
 */
final class ScannedChangeStream {

    private final DynamoDbClient client;
    private final String tableName;
    private final String region;
    private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> lastImages = new HashMap<>();
    private long sequenceNumber;

    ScannedChangeStream(DynaliteTable table) {
        this.client = table.client();
        this.tableName = table.tableName();
        this.region = table.region().name();
    }

    List<Record> newRecords() {
        List<Record> records = new ArrayList<>();
        for (Map<String, AttributeValue> item : client.scanPaginator(scan -> scan.tableName(tableName).consistentRead(true)).items()) {
            Map<String, AttributeValue> key = Map.of(PARTITION_KEY, item.get(PARTITION_KEY), SORT_KEY, item.get(SORT_KEY));
            Map<String, AttributeValue> previous = lastImages.put(key, item);
            if (previous == null) {
                records.add(record(OperationType.INSERT, key, item));
            } else if (!previous.equals(item)) {
                records.add(record(OperationType.MODIFY, key, item));
            }
        }
        return records;
    }

    private Record record(OperationType operation, Map<String, AttributeValue> key, Map<String, AttributeValue> image) {
        String sequence = String.format("%021d", ++sequenceNumber);
        return Record.builder()
                .eventID(sequence)
                .eventName(operation)
                .eventSource("aws:dynamodb")
                .awsRegion(region)
                .dynamodb(StreamRecord.builder()
                        .keys(key)
                        .newImage(image)
                        .sequenceNumber(sequence)
                        .streamViewType(StreamViewType.NEW_IMAGE)
                        .build())
                .build();
    }
}
