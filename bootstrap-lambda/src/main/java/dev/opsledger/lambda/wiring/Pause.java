package dev.opsledger.lambda.wiring;

import java.time.Duration;

/** Waits between two health checks of one invocation; tests pass one that only records. */
@FunctionalInterface
public interface Pause {

    Pause SLEEP = Thread::sleep;

    void pause(Duration duration) throws InterruptedException;
}
