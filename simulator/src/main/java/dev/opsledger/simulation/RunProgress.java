package dev.opsledger.simulation;

import java.time.Duration;

/**
 * Told how far a run has got, after every step of its virtual clock, so a caller can show progress on a
 * long run. It must not touch the run: it is called far too often to do more than compare a few numbers.
 */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = simulated -> {
    };

    /** {@code simulated}: the virtual time since the start of the run. */
    void reached(Duration simulated);
}
