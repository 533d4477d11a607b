package dev.opsledger.bench.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a fixed number of operations on a number of threads that take the next operation index as they
 * free up, and times each operation. All threads start together, and the run lasts until the last one
 * finishes, so the rate is what the threads achieved together.
 */
final class Workers {

    @FunctionalInterface
    interface Operation {
        void perform(int worker, int index) throws Exception;
    }

    /** A finished run: its wall time and each operation's latency in nanoseconds, by operation index. */
    record Run(Duration elapsed, long[] latencies) {

        double perSecond() {
            return latencies.length / (elapsed.toNanos() / 1e9);
        }

        double p50Millis() {
            return Stats.percentileMillis(latencies, 50);
        }

        double p99Millis() {
            return Stats.percentileMillis(latencies, 99);
        }
    }

    private Workers() {
    }

    static Run run(int threads, int operations, Operation operation) {
        long[] latencies = new long[operations];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < threads; worker++) {
            int id = worker;
            workers.add(Thread.ofPlatform().name("bench-worker-" + id).start(() -> {
                awaitQuietly(start);
                for (int index = next.getAndIncrement(); index < operations && failure.get() == null;
                        index = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    try {
                        operation.perform(id, index);
                    } catch (Throwable failed) {
                        failure.compareAndSet(null, failed);
                        return;
                    }
                    latencies[index] = System.nanoTime() - began;
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        workers.forEach(Workers::joinQuietly);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        if (failure.get() != null) {
            throw new IllegalStateException("a benchmark operation failed: " + failure.get(), failure.get());
        }
        return new Run(elapsed, latencies);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the benchmark's workers", interrupted);
        }
    }
}
