package dev.opsledger.aws.eventbridge;

import dev.opsledger.application.port.ServiceUnavailable;
import java.time.Duration;
import java.util.Objects;

/**
 * How often entries that EventBridge refused inside an accepted call are sent again, and how long to
 * wait before each attempt: {@code firstBackoff}, doubling. The SDK's own retries cover whole calls
 * that fail; they never see entries refused in a successful response.
 */
public record EntryRetry(int maxAttempts, Duration firstBackoff, Sleeper sleeper) {

    /** Waits; tests pass one that only records the pauses. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public EntryRetry {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxAttempts < 1 || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("need maxAttempts >= 1 and firstBackoff >= 0, were "
                    + maxAttempts + " and " + firstBackoff);
        }
    }

    /** Three attempts, 100 ms then 200 ms apart. */
    public static EntryRetry standard() {
        return new EntryRetry(3, Duration.ofMillis(100), Thread::sleep);
    }

    Duration backoffBefore(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 20));
    }

    void pauseBefore(int attempt) {
        try {
            sleeper.sleep(backoffBefore(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("interrupted while waiting to send refused entries again", e);
        }
    }
}
