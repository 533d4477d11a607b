package dev.opsledger.local.regions;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One thread for all background work, as the use cases want: each is meant to have a single caller at a
 * time (a replication route has one writer, a feed subscription one reader). A job that throws is
 * reported and runs again at its next time, as the next Lambda invocation would; the executor would
 * otherwise cancel it silently.
 */
final class BackgroundJobs implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, work -> {
        Thread thread = new Thread(work, "opsledger-background");
        thread.setDaemon(true);
        return thread;
    });
    private final PrintStream log;

    BackgroundJobs(PrintStream log) {
        this.log = log;
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code job} now, then {@code interval} after each run ends. */
    void every(Duration interval, String name, Runnable job) {
        executor.scheduleWithFixedDelay(guarded(name, job), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Work handed on after the jobs stopped is dropped: the process is going away. */
    void after(Duration delay, String name, Runnable job) {
        try {
            executor.schedule(guarded(name, job), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // nothing runs any more
        }
    }

    void now(String name, Runnable job) {
        after(Duration.ZERO, name, job);
    }

    /**
     * Stops taking work and drops what was waiting, but lets the job under way finish (up to three seconds)
     * before interrupting it: an interrupted SDK call aborts its request half-sent, which a server may not take well.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException failed) {
                log.println("opsledger: " + name + " failed, it runs again at its next time: " + failed);
            }
        };
    }
}
