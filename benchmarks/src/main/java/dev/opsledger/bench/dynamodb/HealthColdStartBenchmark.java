package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.health.RunHealthCheck;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthPolicy;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.SimulatedHealthProbe;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
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
 * What a health checker's cold start reads, after a short and a long history: the API component's hourly
 * health streams are pre-filled for each hour of {@code days} days with a check every {@code checkInterval}
 * (copies of a commit the store wrote, by {@code BatchWriteItem}), then fresh checkers run one check each in
 * the last hour, through the real {@link RunHealthCheck} over the DynamoDB store. The figure is the reads
 * they make: with streams cut by the hour it depends on the hour's length, not on the history's.
 */
final class HealthColdStartBenchmark {

    private static final int BATCH_WRITE_LIMIT = 25;
    private static final Instant HISTORY_START = Instant.parse("2025-06-01T00:00:00Z");
    private static final ComponentKey API = new ComponentKey(BenchBatches.REGION, Component.API);

    /** {@code perColdStart} holds the calls of all measured cold starts; divide by the rounds. */
    private record ColdStart(int days, long commits, CallCounts perColdStart) {
    }

    private final DynamoDbClient client;
    private final CallCounter counter;
    private final BenchSettings settings;
    private final EventCodec codec = new EventCodec();

    HealthColdStartBenchmark(DynamoDbClient client, CallCounter counter, BenchSettings settings) {
        this.client = client;
        this.counter = counter;
        this.settings = settings;
    }

    List<ResultRow> run() {
        List<ColdStart> measured = new ArrayList<>();
        for (int days : settings.coldStartDays()) {
            measured.add(measure(days));
        }
        ColdStart baseline = measured.getFirst();
        measured.forEach(coldStart -> System.out.println("  cold start after " + coldStart.days() + " day(s): "
                + coldStart.perColdStart().perUnit(settings.rounds()) + ", " + coldStart.perColdStart().unitsPer(settings.rounds())));
        List<ResultRow> rows = new ArrayList<>();
        for (ColdStart coldStart : measured) {
            rows.add(new ResultRow("health-check cold start after " + coldStart.days() + " day(s) of checks every "
                    + settings.checkInterval().toSeconds() + " s (" + coldStart.commits() + " commits)",
                    coldStart.perColdStart().perUnit(settings.rounds()) + ", " + coldStart.perColdStart().unitsPer(settings.rounds())
                            + ", " + coldStart.perColdStart().itemsReturned() / settings.rounds() + " items read",
                    baseline.perColdStart().perUnit(settings.rounds()) + ", "
                            + baseline.perColdStart().unitsPer(settings.rounds()) + " after " + baseline.days() + " day(s)",
                    Stats.decimal(coldStart.perColdStart().readUnits() / baseline.perColdStart().readUnits()) + " RCU, "
                            + Stats.decimal((double) coldStart.perColdStart().of("Query") / baseline.perColdStart().of("Query"))
                            + " Query",
                    "target: 30 days ÷ 1 day ≤ 1.1; per cold start, averaged over " + settings.rounds() + " checkers"));
        }
        System.out.println("  done: health-check cold start");
        return rows;
    }

    private ColdStart measure(int days) {
        BenchTables tables = new BenchTables(client);
        String table = tables.create();
        EventStore store = new DynamoDbEventStore(client, table, InstantSource.system(), codec);
        int hours = days * 24;
        int perHour = (int) (Duration.ofHours(1).toSeconds() / settings.checkInterval().toSeconds());
        Instant firstHour = HISTORY_START;
        store.append(API.streamAt(firstHour), 0, BenchBatches.healthCheck(API, firstHour));
        Map<String, AttributeValue> template = tables.commitItems(table).getFirst();
        Workers.run(settings.fillThreads(), hours, (worker, hour) ->
                fill(table, template, API.streamAt(firstHour.plus(Duration.ofHours(hour))), hour == 0 ? 2 : 1, perHour));
        VirtualClock clock = new VirtualClock(firstHour.plus(Duration.ofHours(hours - 1)).plus(Duration.ofMinutes(30)));
        CallCounts before = null;
        for (int round = 0; round < settings.warmupRounds() + settings.rounds(); round++) {
            if (round == settings.warmupRounds()) {
                before = counter.snapshot();
            }
            clock.advance(settings.checkInterval());
            new RunHealthCheck(BenchBatches.REGION,
                    List.of(new SimulatedHealthProbe(Component.API, region -> new Faults(), clock, Duration.ofMillis(40),
                            Duration.ofSeconds(3))),
                    store, new RecordingAlertNotifier(new Faults()), new RecordingMetricsRecorder(), HealthPolicy.DEFAULT).run();
        }
        CallCounts used = counter.snapshot().minus(before);
        // Not deleted: dynalite takes longer than a request's timeout to drop a table this size; it goes with the server.
        return new ColdStart(days, (long) hours * perHour, used);
    }

    /** Versions {@code from} to {@code to} of {@code stream}, each a copy of the template with its own key, id and time. */
    private void fill(String table, Map<String, AttributeValue> template, StreamId stream, int from, int to) {
        Instant at = Instant.parse(template.get(EventTableSchema.COMMITTED_AT).s());
        List<WriteRequest> pending = new ArrayList<>();
        for (int version = from; version <= to; version++) {
            pending.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(copy(template, stream, version, at)).build()).build());
            if (pending.size() == BATCH_WRITE_LIMIT || version == to) {
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

    private static Map<String, AttributeValue> copy(Map<String, AttributeValue> template, StreamId stream, int version,
            Instant at) {
        String id = stream + "/filled-" + version;
        Map<String, AttributeValue> event = new HashMap<>(template.get(EventTableSchema.EVENTS).l().getFirst().m());
        event.put(EventTableSchema.EVENT_ID, AttributeValue.fromS(id));
        Map<String, AttributeValue> item = new HashMap<>(template);
        item.put(EventTableSchema.PARTITION_KEY, AttributeValue.fromS(stream.value()));
        item.put(EventTableSchema.SORT_KEY, AttributeValue.fromN(Integer.toString(version)));
        item.put(EventTableSchema.LAST_VERSION, AttributeValue.fromN(Integer.toString(version)));
        item.put(EventTableSchema.COMMITTED_AT, AttributeValue.fromS(EventTableSchema.fixedWidthInstant(at.plusNanos(version))));
        item.put(EventTableSchema.EVENTS, AttributeValue.fromL(List.of(AttributeValue.fromM(event))));
        item.put(EventTableSchema.EVENT_IDS, AttributeValue.fromSs(List.of(id)));
        return item;
    }
}
