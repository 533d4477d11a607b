package dev.opsledger.aws.replication;

import static dev.opsledger.aws.dynamodb.EventTableSchema.PARTITION_KEY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * How DynamoDB Streams hands records to a Lambda: in order for one partition key, in no particular order
 * across keys (they live in different shards), at least once (a record may come again later), in batches.
 */
final class StreamDelivery {

    private StreamDelivery() {
    }

    static List<List<Record>> batches(List<Record> records, Random random) {
        List<Record> delivered = interleaveAcrossKeys(records, random);
        for (int i = delivered.size() - 1; i >= 0; i--) {
            if (random.nextInt(4) == 0) {
                delivered.add(i + 1 + random.nextInt(delivered.size() - i), delivered.get(i));
            }
        }
        List<List<Record>> batches = new ArrayList<>();
        for (int from = 0; from < delivered.size(); ) {
            int to = Math.min(delivered.size(), from + 1 + random.nextInt(4));
            batches.add(List.copyOf(delivered.subList(from, to)));
            from = to;
        }
        return batches;
    }

    private static List<Record> interleaveAcrossKeys(List<Record> records, Random random) {
        Map<String, LinkedList<Record>> shards = new LinkedHashMap<>();
        for (Record record : records) {
            shards.computeIfAbsent(record.dynamodb().keys().get(PARTITION_KEY).s(), key -> new LinkedList<>()).add(record);
        }
        List<LinkedList<Record>> pending = new ArrayList<>(shards.values());
        List<Record> interleaved = new ArrayList<>();
        while (!pending.isEmpty()) {
            LinkedList<Record> shard = pending.get(random.nextInt(pending.size()));
            interleaved.add(shard.removeFirst());
            if (shard.isEmpty()) {
                pending.remove(shard);
            }
        }
        return interleaved;
    }
}
