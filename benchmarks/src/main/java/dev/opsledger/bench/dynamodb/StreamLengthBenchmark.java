package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * How an append, and the stream read a recording use case makes before it, slow down as a stream grows:
 * a health stream gains a commit per component every 5 minutes, for ever. The stream is pre-filled
 * straight into the table ({@code BatchWriteItem} of copies of a commit item the store wrote), then
 * appends and reads are timed at each length; the baseline is the same at the first length.
 */
final class StreamLengthBenchmark {

    private static final int BATCH_WRITE_LIMIT = 25;

    private record Length(int commits, List<Double> appendMillis, List<Double> readMillis, CallCounts perAppend) {
    }

    private final DynamoDbClient client;
    private final CallCounter counter;
    private final BenchSettings settings;
    private final EventCodec codec = new EventCodec();

    StreamLengthBenchmark(DynamoDbClient client, CallCounter counter, BenchSettings settings) {
        this.client = client;
        this.counter = counter;
        this.settings = settings;
    }

    List<ResultRow> run() {
        List<Length> lengths = new ArrayList<>();
        for (int commits : settings.streamLengths()) {
            lengths.add(measure(commits));
        }
        Length baseline = lengths.getFirst();
        List<ResultRow> rows = new ArrayList<>();
        for (Length length : lengths) {
            rows.add(new ResultRow("append to a stream of " + length.commits() + " commits, 1 writer",
                    Stats.spread(length.appendMillis()) + " ms append, " + Stats.spread(length.readMillis()) + " ms readStream",
                    Stats.spread(baseline.appendMillis()) + " ms, " + Stats.spread(baseline.readMillis())
                            + " ms at " + baseline.commits() + " commits",
                    Stats.percent(Stats.median(length.appendMillis()) / Stats.median(baseline.appendMillis())) + " append, "
                            + Stats.percent(Stats.median(length.readMillis()) / Stats.median(baseline.readMillis())) + " read",
                    "per append: " + length.perAppend().perUnit(1) + ", " + length.perAppend().unitsPer(1)
                            + ", " + length.perAppend().itemsReturned() + " items read"));
        }
        System.out.println("  done: stream length");
        return rows;
    }

    private Length measure(int commits) {
        BenchTables tables = new BenchTables(client);
        String table = tables.create();
        EventStore store = new DynamoDbEventStore(client, table, InstantSource.system(), codec);
        StreamId stream = BenchBatches.hotStream();
        store.append(stream, 0, BenchBatches.healthCheck(0));
        fill(table, tables.commitItems(table).getFirst(), commits);
        List<Double> appendMillis = new ArrayList<>();
        List<Double> readMillis = new ArrayList<>();
        long version = Math.max(1, commits);
        CallCounts lastAppend = null;
        for (int round = 0; round < settings.warmupRounds() + settings.rounds(); round++) {
            long began = System.nanoTime();
            store.readStream(stream);
            long read = System.nanoTime();
            CallCounts before = counter.snapshot();
            version = store.append(stream, version, BenchBatches.healthCheck(commits + 1 + round)).commit().lastVersion();
            long appended = System.nanoTime();
            lastAppend = counter.snapshot().minus(before);
            if (round >= settings.warmupRounds()) {
                readMillis.add((read - began) / 1e6);
                appendMillis.add((appended - read) / 1e6);
            }
        }
        tables.delete(table);
        return new Length(Math.max(1, commits), appendMillis, readMillis, lastAppend);
    }

    /** Versions 2 to {@code commits}, each a copy of the first commit's item with its own version, id and time. */
    private void fill(String table, Map<String, AttributeValue> first, int commits) {
        Instant firstAt = Instant.parse(first.get(EventTableSchema.COMMITTED_AT).s());
        List<WriteRequest> pending = new ArrayList<>();
        for (int version = 2; version <= commits; version++) {
            pending.add(WriteRequest.builder().putRequest(PutRequest.builder().item(copy(first, version, firstAt)).build()).build());
            if (pending.size() == BATCH_WRITE_LIMIT || version == commits) {
                write(table, pending);
                pending = new ArrayList<>();
            }
        }
    }

    private void write(String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> unprocessed = Map.of(table, requests);
        while (!unprocessed.isEmpty()) {
            Map<String, List<WriteRequest>> batch = unprocessed;
            unprocessed = client.batchWriteItem(write -> write.requestItems(batch)).unprocessedItems();
        }
    }

    private static Map<String, AttributeValue> copy(Map<String, AttributeValue> first, int version, Instant firstAt) {
        String id = "filled-" + version;
        Map<String, AttributeValue> event = new HashMap<>(first.get(EventTableSchema.EVENTS).l().getFirst().m());
        event.put(EventTableSchema.EVENT_ID, AttributeValue.fromS(id));
        Map<String, AttributeValue> item = new HashMap<>(first);
        item.put(EventTableSchema.SORT_KEY, AttributeValue.fromN(Integer.toString(version)));
        item.put(EventTableSchema.LAST_VERSION, AttributeValue.fromN(Integer.toString(version)));
        item.put(EventTableSchema.COMMITTED_AT, AttributeValue.fromS(EventTableSchema.fixedWidthInstant(firstAt.plusNanos(version))));
        item.put(EventTableSchema.EVENTS, AttributeValue.fromL(List.of(AttributeValue.fromM(event))));
        item.put(EventTableSchema.EVENT_IDS, AttributeValue.fromSs(List.of(id)));
        return item;
    }
}
