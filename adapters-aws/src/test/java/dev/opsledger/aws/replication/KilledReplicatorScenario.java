package dev.opsledger.aws.replication;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynamodb.DynamoDbStreamChangeFeed;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * One seed's history: requests written to the primary region interleaved with replicators that die at a
 * random call, some running the scheduled pass, some applying change-stream records the way the stream's
 * Lambda gets them (out of order across streams, some twice, in batches retried by a new container after a
 * crash and given up after {@value #DELIVERY_ATTEMPTS} attempts). Every replicator is a new process: new
 * stores, new {@link ReplicateRegion}, nothing carried over from the one that died but what the tables hold.
 * The processes' clocks disagree by a few seconds (two API containers and the replicators), so commits reach
 * the feed stamped out of order, which the feed's look-back must cover.
 */
final class KilledReplicatorScenario {

    private static final int DELIVERY_ATTEMPTS = 3;
    private static final int MEAN_CALLS_BEFORE_DEATH = 8;
    private static final int MAX_SKEW_MILLIS = 5_000;

    private final Random random;
    private final VirtualClock clock;
    private final InstantSource replicatorClock;
    private final TwoDynaliteRegions regions;
    private final OpsWorkload workload;
    private final ScannedChangeStream changeStream;
    private final DynamoDbStreamChangeFeed changeFeed = new DynamoDbStreamChangeFeed();
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());
    private int kills;
    private int streamedCommits;

    KilledReplicatorScenario(long seed) {
        this.random = new Random(seed);
        this.clock = new VirtualClock(Instant.parse("2025-03-03T09:55:00Z").plusSeconds(random.nextInt(600)));
        this.regions = TwoDynaliteRegions.fresh(clock);
        List<EventStore> apiContainers = List.of(
                regions.primary().newStore(skewed(clock)), regions.primary().newStore(skewed(clock)));
        this.workload = new OpsWorkload(apiContainers, TwoDynaliteRegions.PAIR.primary(), clock, random);
        this.replicatorClock = skewed(clock);
        this.changeStream = new ScannedChangeStream(regions.primary());
    }

    /** Rounds of writes, each followed by a scheduled pass or a change-stream delivery, the two modes taking turns. */
    void run(int rounds) {
        boolean streamFirst = random.nextBoolean();
        for (int round = 0; round < rounds; round++) {
            workload.write(1 + random.nextInt(3));
            if ((round % 2 == 0) == streamFirst) {
                changeStreamDelivery();
            } else {
                scheduledPass();
            }
        }
    }

    /** Time passes and a replicator that nobody kills runs until it has nothing left to do. */
    void catchUp() {
        clock.advance(Duration.ofMinutes(1));
        CatchUp.passes(replicator(KillSwitch.never()));
    }

    ReplicationAudit audit() {
        return regions.audit();
    }

    int kills() {
        return kills;
    }

    int streamedCommits() {
        return streamedCommits;
    }

    RecordingAlertNotifier notifier() {
        return notifier;
    }

    List<DivergenceDetected> divergenceRecorded() {
        return regions.replicationEvents().stream()
                .filter(DivergenceDetected.class::isInstance)
                .map(DivergenceDetected.class::cast)
                .toList();
    }

    private void scheduledPass() {
        try {
            replicator(randomKillSwitch()).replicateOnce();
        } catch (Killed killed) {
            kills++;
        }
    }

    private void changeStreamDelivery() {
        for (List<Record> batch : StreamDelivery.batches(changeStream.newRecords(), random)) {
            List<Commit> commits = changeFeed.commitsOf(batch);
            streamedCommits += commits.size();
            deliver(commits);
        }
    }

    private void deliver(List<Commit> batch) {
        for (int attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
            ReplicateRegion container = replicator(randomKillSwitch());
            try {
                batch.forEach(container::applyCommit);
                return;
            } catch (Killed killed) {
                kills++;
            }
        }
    }

    /**
     * Each call is as likely as the one before to be the last, so short runs (a small change-stream batch)
     * die as well as long passes, and a run shorter than its fatal call lives.
     */
    private KillSwitch randomKillSwitch() {
        int fatalCall = 1;
        while (random.nextInt(MEAN_CALLS_BEFORE_DEATH) > 0) {
            fatalCall++;
        }
        return KillSwitch.at(fatalCall, random.nextBoolean());
    }

    private ReplicateRegion replicator(KillSwitch killSwitch) {
        return new ReplicateRegion(TwoDynaliteRegions.ROUTE,
                new KillableEventStore(regions.primary().newStore(replicatorClock), killSwitch),
                new KillableEventStore(regions.secondary().newStore(replicatorClock), killSwitch),
                ReplicationSettings.defaults(), notifier, replicatorClock);
    }

    private InstantSource skewed(InstantSource clock) {
        return InstantSource.offset(clock, Duration.ofMillis(random.nextInt(2 * MAX_SKEW_MILLIS + 1) - MAX_SKEW_MILLIS));
    }
}
