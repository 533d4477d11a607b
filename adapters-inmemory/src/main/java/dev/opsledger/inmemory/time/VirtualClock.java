package dev.opsledger.inmemory.time;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, so a simulated hour takes no real time and a scenario replays
 * identically. It never goes backwards: nothing in a region's history may be stamped before its past.
 */
public final class VirtualClock implements InstantSource {

    private final AtomicReference<Instant> now;

    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public Instant advance(Duration step) {
        Objects.requireNonNull(step, "step");
        if (step.isNegative()) {
            throw new IllegalArgumentException("a virtual clock cannot go backwards, asked to advance by " + step);
        }
        return now.updateAndGet(current -> current.plus(step));
    }

    public void set(Instant target) {
        Objects.requireNonNull(target, "target");
        now.updateAndGet(current -> {
            if (target.isBefore(current)) {
                throw new IllegalArgumentException(
                        "a virtual clock cannot go backwards, from " + current + " to " + target);
            }
            return target;
        });
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now.get() + "]";
    }
}
