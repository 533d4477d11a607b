package dev.opsledger.aws.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs projectors on threads of their own, all at once, and rethrows the first failure. */
final class Concurrently {

    private Concurrently() {
    }

    static void run(List<Runnable> projectors) throws InterruptedException, ExecutionException {
        ExecutorService threads = Executors.newFixedThreadPool(projectors.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            projectors.forEach(projector -> running.add(threads.submit(projector)));
            for (Future<?> projector : running) {
                projector.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
