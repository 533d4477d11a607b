package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.shared.StreamId;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link DynamoDbEventStore#append} with 1 and 8 writers, on distinct new streams (a deployment per
 * append) and on one hot stream (health checks of one component), beside the store's own conditional
 * {@code PutItem} of the very items the store wrote, with the same client and the same threads. Rounds
 * alternate which of the two goes first, and each round's ratio compares the two runs of that round.
 */
final class AppendBenchmark {

    enum Streams { DISTINCT, HOT }

    record Case(int writers, Streams streams) {

        String label() {
            return "append, " + writers + (writers == 1 ? " writer, " : " writers, ")
                    + (streams == Streams.DISTINCT ? "distinct new streams" : "one hot stream");
        }
    }

    private record StoreRun(Workers.Run run, CallCounts calls, long conflicts, List<Map<String, AttributeValue>> items) {
    }

    private static final List<Case> CASES = List.of(new Case(1, Streams.DISTINCT), new Case(8, Streams.DISTINCT),
            new Case(1, Streams.HOT), new Case(8, Streams.HOT));

    private final DynamoDbClient client;
    private final CallCounter counter;
    private final BenchTables tables;
    private final BenchSettings settings;
    private final EventCodec codec = new EventCodec();

    AppendBenchmark(DynamoDbClient client, CallCounter counter, BenchSettings settings) {
        this.client = client;
        this.counter = counter;
        this.tables = new BenchTables(client);
        this.settings = settings;
    }

    List<ResultRow> run() {
        List<ResultRow> rows = new ArrayList<>();
        for (Case measured : CASES) {
            rows.add(measure(measured));
            System.out.println("  done: " + measured.label());
        }
        return rows;
    }

    private ResultRow measure(Case measured) {
        // The first warm-up run also keeps the items the store wrote, for the raw runs to write again.
        List<Map<String, AttributeValue>> items = storeRun(measured, true).items();
        rawRun(measured, items);
        for (int round = 1; round < settings.warmupRounds(); round++) {
            storeRun(measured, false);
            rawRun(measured, items);
        }
        List<StoreRun> store = new ArrayList<>();
        List<Workers.Run> raw = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            if (round % 2 == 0) {
                store.add(storeRun(measured, false));
                raw.add(rawRun(measured, items));
            } else {
                raw.add(rawRun(measured, items));
                store.add(storeRun(measured, false));
            }
        }
        return row(measured, items, store, raw);
    }

    private StoreRun storeRun(Case measured, boolean keepItems) {
        String table = tables.create();
        DynamoDbEventStore store = new DynamoDbEventStore(client, table, InstantSource.system(), codec);
        LongAdder conflicts = new LongAdder();
        long[] knownVersion = new long[measured.writers()];
        StreamId hot = BenchBatches.hotStream();
        CallCounts before = counter.snapshot();
        Workers.Run run = Workers.run(measured.writers(), settings.appendsPerRun(), (worker, index) -> {
            if (measured.streams() == Streams.DISTINCT) {
                DeploymentId deployment = BenchBatches.deployment("append", index);
                store.append(deployment.stream(), 0, BenchBatches.recordedDeployment(deployment, index));
                return;
            }
            long expected = knownVersion[worker];
            while (true) {
                try {
                    knownVersion[worker] = store.append(hot, expected, BenchBatches.healthCheck(index)).commit().lastVersion();
                    return;
                } catch (ConcurrencyConflict conflict) {
                    conflicts.increment();
                    expected = conflict.actualVersion();
                }
            }
        });
        CallCounts calls = counter.snapshot().minus(before);
        List<Map<String, AttributeValue>> items = keepItems ? tables.commitItems(table) : List.of();
        tables.delete(table);
        return new StoreRun(run, calls, conflicts.sum(), items);
    }

    private Workers.Run rawRun(Case measured, List<Map<String, AttributeValue>> items) {
        String table = tables.create();
        Workers.Run run = Workers.run(measured.writers(), items.size(), (worker, index) -> tables.putIfAbsent(table, items.get(index)));
        tables.delete(table);
        return run;
    }

    private ResultRow row(Case measured, List<Map<String, AttributeValue>> items, List<StoreRun> store, List<Workers.Run> raw) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < store.size(); round++) {
            ratios.add(store.get(round).run().perSecond() / raw.get(round).perSecond());
        }
        StoreRun last = store.getLast();
        long appends = settings.appendsPerRun();
        String notes = "p50/p99 store " + millis(store.stream().map(StoreRun::run).toList())
                + ", raw " + millis(raw) + "; per append: " + last.calls().perUnit(appends) + ", " + last.calls().unitsPer(appends)
                + (last.conflicts() > 0 ? ", " + Stats.decimal((double) last.conflicts() / appends) + " conflicts" : "")
                + "; item " + Stats.whole(ItemBytes.average(items)) + " B"
                + (measured.streams() == Streams.HOT ? "; " + growth(last.run()) : "");
        return new ResultRow(measured.label(),
                Stats.spread(store.stream().map(run -> run.run().perSecond()).toList()) + " appends/s",
                Stats.spread(raw.stream().map(Workers.Run::perSecond).toList()) + " puts/s",
                Stats.ratioSpread(ratios), notes);
    }

    private static String millis(List<Workers.Run> runs) {
        return Stats.decimal(Stats.median(runs.stream().map(Workers.Run::p50Millis).toList())) + "/"
                + Stats.decimal(Stats.median(runs.stream().map(Workers.Run::p99Millis).toList())) + " ms";
    }

    /** An append reads its whole stream's index first, so on a hot stream it slows down as the stream grows. */
    private static String growth(Workers.Run run) {
        long[] latencies = run.latencies();
        int quarter = latencies.length / 4;
        return "p50 of the first quarter " + Stats.decimal(Stats.percentileMillis(Arrays.copyOfRange(latencies, 0, quarter), 50))
                + " ms, of the last " + Stats.decimal(Stats.percentileMillis(
                        Arrays.copyOfRange(latencies, latencies.length - quarter, latencies.length), 50)) + " ms";
    }
}
