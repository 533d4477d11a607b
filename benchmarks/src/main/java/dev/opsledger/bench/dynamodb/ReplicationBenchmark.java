package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationPass;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Catch-up of the scheduled reconciler: one {@link ReplicateRegion#replicateOnce} into an empty target
 * from a source pre-filled with deployments (a start commit and a finish commit each, as CI reports
 * them), beside the target's raw write of the same items, one at a time as the pass writes them. Source
 * and target are two tables of one dynalite, each reached through its own counted client.
 */
final class ReplicationBenchmark {

    private static final ReplicationRoute ROUTE = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);
    private static final double TARGET_RATIO = 0.8;
    private static final int PREFILL_THREADS = 4;

    private record Pass(double perSecond, CallCounts source, CallCounts target, double seconds,
            TimedEventStore.Times sourceTimes, TimedEventStore.Times targetTimes) {
    }

    private final DynamoDbClient sourceClient;
    private final CallCounter sourceCounter;
    private final DynamoDbClient targetClient;
    private final CallCounter targetCounter;
    private final BenchSettings settings;
    private final EventCodec codec = new EventCodec();

    ReplicationBenchmark(DynamoDbClient sourceClient, CallCounter sourceCounter, DynamoDbClient targetClient,
            CallCounter targetCounter, BenchSettings settings) {
        this.sourceClient = sourceClient;
        this.sourceCounter = sourceCounter;
        this.targetClient = targetClient;
        this.targetCounter = targetCounter;
        this.settings = settings;
    }

    List<ResultRow> run() {
        BenchTables sourceTables = new BenchTables(sourceClient);
        String sourceTable = sourceTables.create();
        DynamoDbEventStore source = new DynamoDbEventStore(sourceClient, sourceTable, InstantSource.system(), codec);
        int deployments = settings.replicationCommits() / 2;
        Workers.run(PREFILL_THREADS, deployments, (worker, index) -> {
            DeploymentId deployment = BenchBatches.deployment("replicated", index);
            source.append(deployment.stream(), 0, List.of(BenchBatches.started(deployment, index)));
            source.append(deployment.stream(), 1, List.of(BenchBatches.finished(deployment, index)));
        });
        List<Map<String, AttributeValue>> items = sourceTables.commitItems(sourceTable);
        for (int round = 0; round < settings.warmupRounds(); round++) {
            pass(source, items.size());
            raw(items);
        }
        List<Pass> passes = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            if (round % 2 == 0) {
                passes.add(pass(source, items.size()));
                raw.add(raw(items));
            } else {
                raw.add(raw(items));
                passes.add(pass(source, items.size()));
            }
        }
        sourceTables.delete(sourceTable);
        System.out.println("  done: replication");
        return rows(items, passes, raw);
    }

    private Pass pass(DynamoDbEventStore source, int commits) {
        BenchTables targetTables = new BenchTables(targetClient);
        String targetTable = targetTables.create();
        TimedEventStore timedSource = new TimedEventStore(source);
        TimedEventStore timedTarget = new TimedEventStore(new DynamoDbEventStore(targetClient, targetTable, InstantSource.system(), codec));
        ReplicateRegion replication = new ReplicateRegion(ROUTE, timedSource, timedTarget, ReplicationSettings.defaults(),
                new RecordingAlertNotifier(new Faults()), InstantSource.system());
        CallCounts sourceBefore = sourceCounter.snapshot();
        CallCounts targetBefore = targetCounter.snapshot();
        long began = System.nanoTime();
        ReplicationPass pass = replication.replicateOnce();
        double seconds = (System.nanoTime() - began) / 1e9;
        CallCounts sourceCalls = sourceCounter.snapshot().minus(sourceBefore);
        CallCounts targetCalls = targetCounter.snapshot().minus(targetBefore);
        targetTables.delete(targetTable);
        if (!pass.succeeded() || pass.applied() != commits) {
            throw new IllegalStateException("the replication pass applied " + pass.applied() + " of " + commits
                    + " commits: " + pass.failure().orElse("no failure reported"));
        }
        return new Pass(commits / seconds, sourceCalls, targetCalls, seconds, timedSource.times(), timedTarget.times());
    }

    private double raw(List<Map<String, AttributeValue>> items) {
        BenchTables tables = new BenchTables(targetClient);
        String table = tables.create();
        Workers.Run run = Workers.run(1, items.size(), (worker, index) -> tables.putIfAbsent(table, items.get(index)));
        tables.delete(table);
        return run.perSecond();
    }

    private List<ResultRow> rows(List<Map<String, AttributeValue>> items, List<Pass> passes, List<Double> raw) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < passes.size(); round++) {
            ratios.add(passes.get(round).perSecond() / raw.get(round));
        }
        int commits = items.size();
        Pass last = passes.getLast();
        double targetCalls = (double) last.target().total() / commits;
        double sourceCalls = (double) last.source().total() / commits;
        String verdict = Stats.median(ratios) >= TARGET_RATIO ? "meets" : "misses";
        ResultRow rate = new ResultRow("replication catch-up, replicateOnce, " + commits + " commits, 1 thread",
                Stats.spread(passes.stream().map(Pass::perSecond).toList()) + " commits/s",
                Stats.spread(raw) + " puts/s", Stats.ratioSpread(ratios),
                verdict + " the 80 % target; item " + Stats.whole(ItemBytes.average(items)) + " B");
        ResultRow calls = new ResultRow("replication calls per applied commit",
                Stats.decimal(targetCalls + sourceCalls) + " calls",
                "1.00 call (PutItem)", Stats.percent(1 / (targetCalls + sourceCalls)),
                "target: " + last.target().perUnit(commits) + ", " + last.target().unitsPer(commits)
                        + "; source: " + last.source().perUnit(commits) + ", " + last.source().unitsPer(commits)
                        + "; feed items read per commit delivered " + Stats.decimal((double) last.source().itemsReturned() / commits));
        ResultRow time = new ResultRow("replication time per applied commit",
                Stats.decimal(last.seconds() * 1000 / commits) + " ms",
                Stats.decimal(1000 / raw.getLast()) + " ms (PutItem)", Stats.percent(1000 / raw.getLast() / (last.seconds() * 1000 / commits)),
                "where the pass went: " + share(last.sourceTimes().readFeed(), last.seconds()) + " source feed reads, "
                        + share(last.targetTimes().append(), last.seconds()) + " target appends, "
                        + share(last.targetTimes().readStream(), last.seconds()) + " target stream reads, "
                        + share(last.seconds() - last.sourceTimes().readFeed() - last.targetTimes().append()
                                - last.targetTimes().readStream(), last.seconds()) + " the rest");
        return List.of(rate, calls, time);
    }

    private static String share(double part, double whole) {
        return Stats.percent(part / whole);
    }
}
