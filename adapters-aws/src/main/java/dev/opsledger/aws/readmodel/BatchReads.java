package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.ServiceUnavailable;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Strongly consistent {@code BatchGetItem}s of read-model items, a hundred keys at most each, until none is left unprocessed. */
final class BatchReads {

    private static final int KEYS_PER_REQUEST = 100;
    private static final int MAX_ATTEMPTS = 20;

    private final DynamoDbClient client;
    private final String tableName;

    BatchReads(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    /** Puts the items of those keys that exist into {@code found}; returns how many requests it took. */
    int get(List<ItemKey> keys, Map<ItemKey, Map<String, AttributeValue>> found) {
        int requests = 0;
        for (int from = 0; from < keys.size(); from += KEYS_PER_REQUEST) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_REQUEST))
                    .stream().map(ItemKey::attributes).toList();
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new ServiceUnavailable("DynamoDB left read-model items unprocessed " + MAX_ATTEMPTS + " times", true);
                }
                ReadModelCalls.pause(attempt);
                KeysAndAttributes wanted = KeysAndAttributes.builder().keys(pending).consistentRead(true).build();
                BatchGetItemResponse response = ReadModelCalls.call(() ->
                        client.batchGetItem(request -> request.requestItems(Map.of(tableName, wanted))));
                requests++;
                response.responses().getOrDefault(tableName, List.of()).forEach(item -> found.put(ItemKey.of(item), item));
                KeysAndAttributes unprocessed = response.unprocessedKeys().get(tableName);
                pending = unprocessed == null ? List.of() : unprocessed.keys();
            }
        }
        return requests;
    }
}
