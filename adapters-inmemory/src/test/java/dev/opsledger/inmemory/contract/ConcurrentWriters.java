package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers racing on a few streams, as optimistic writers do: read the version, append, and on a
 * conflict read again and retry; now and then one repeats a batch already acknowledged, as a client
 * whose acknowledgement was lost would. The writers take turns over the given store instances, so writers
 * of one instance race those of another as well as each other. Everything they were told is counted for the
 * contract to check.
 */
final class ConcurrentWriters {

    record Acknowledged(StreamId stream, long firstVersion, List<EventId> ids) {
    }

    record Outcome(long attempts, long successes, long recognisedRetries, long conflicts,
            List<Acknowledged> acknowledged, List<String> unexpected) {

        long acknowledgedEvents() {
            return acknowledged.stream().mapToLong(ack -> ack.ids().size()).sum();
        }
    }

    private final List<EventStore> stores;
    private final List<StreamId> streams;
    private final long deadline;
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong recognisedRetries = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    private ConcurrentWriters(List<EventStore> stores, List<StreamId> streams, long deadline) {
        this.stores = stores;
        this.streams = streams;
        this.deadline = deadline;
    }

    static Outcome run(List<EventStore> stores, List<StreamId> streams, int writers, Duration runTime)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentWriters race = new ConcurrentWriters(stores, streams, System.nanoTime() + runTime.toNanos());
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int writer = 0; writer < writers; writer++) {
                int id = writer;
                pool.submit(() -> race.write(id, start));
            }
            start.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(runTime.multipliedBy(10).toMillis(), TimeUnit.MILLISECONDS)) {
                race.unexpected.add("writers still running long after their deadline");
                pool.shutdownNow();
            }
        }
        return new Outcome(race.attempts.get(), race.successes.get(), race.recognisedRetries.get(),
                race.conflicts.get(), List.copyOf(race.acknowledged), List.copyOf(race.unexpected));
    }

    private void write(int writer, CountDownLatch start) {
        EventStore store = stores.get(writer % stores.size());
        Random random = new Random(writer);
        List<Acknowledged> mine = new ArrayList<>();
        List<List<NewEvent>> batches = new ArrayList<>();
        try {
            start.await();
            boolean retried = false;
            for (int batchNumber = 0; System.nanoTime() < deadline; batchNumber++) {
                if (!mine.isEmpty() && random.nextInt(6) == 0) {
                    int pick = random.nextInt(mine.size());
                    retryAcknowledged(store, mine.get(pick), batches.get(pick), random);
                    retried = true;
                    continue;
                }
                StreamId stream = streams.get(random.nextInt(streams.size()));
                List<NewEvent> batch = newBatch(writer, batchNumber, 1 + random.nextInt(3));
                Acknowledged ack = appendUntilAcknowledged(store, stream, batch);
                if (ack != null) {
                    mine.add(ack);
                    batches.add(batch);
                }
            }
            // A slow server may give a writer too few rounds to draw a retry: every writer that was
            // acknowledged retries once, so the race always exercises retries whatever the machine's speed.
            if (!retried && !mine.isEmpty()) {
                retryAcknowledged(store, mine.getFirst(), batches.getFirst(), random);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            unexpected.add("writer " + writer + " failed: " + failure);
        }
    }

    private Acknowledged appendUntilAcknowledged(EventStore store, StreamId stream, List<NewEvent> batch) {
        while (System.nanoTime() < deadline) {
            List<RecordedEvent> events = store.readStream(stream);
            long version = events.isEmpty() ? 0 : events.getLast().version();
            attempts.incrementAndGet();
            try {
                AppendResult result = store.append(stream, version, batch);
                if (result.alreadyAppended()) {
                    unexpected.add("a batch never acknowledged was reported as already appended: " + result.commit());
                    return null;
                }
                successes.incrementAndGet();
                Acknowledged ack = new Acknowledged(stream, result.commit().firstVersion(), ids(batch));
                acknowledged.add(ack);
                return ack;
            } catch (ConcurrencyConflict conflict) {
                conflicts.incrementAndGet();
                if (conflict.actualVersion() == version) {
                    unexpected.add("a conflict reported the expected version itself: " + conflict.getMessage());
                }
            }
        }
        return null;
    }

    private void retryAcknowledged(EventStore store, Acknowledged ack, List<NewEvent> batch, Random random) {
        long staleVersion = random.nextBoolean() ? 0 : ack.firstVersion() - 1;
        attempts.incrementAndGet();
        AppendResult result = store.append(ack.stream(), staleVersion, batch);
        if (result.alreadyAppended() && result.commit().firstVersion() == ack.firstVersion()) {
            recognisedRetries.incrementAndGet();
        } else {
            unexpected.add("retry of " + ack + " answered " + result);
        }
    }

    private static List<NewEvent> newBatch(int writer, int batchNumber, int size) {
        String[] ids = new String[size];
        for (int i = 0; i < size; i++) {
            ids[i] = "w" + writer + "-b" + batchNumber + "-e" + i;
        }
        return SampleEvents.batch(ids);
    }

    private static List<EventId> ids(List<NewEvent> batch) {
        return batch.stream().map(NewEvent::id).toList();
    }
}
