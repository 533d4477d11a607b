package dev.opsledger.simulation;

import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A discrete-event loop over a virtual clock: actions run in time order, and actions due at the same
 * instant in the order they were scheduled, so a run never depends on anything but its inputs.
 */
public final class EventScheduler {

    private record Due(Instant at, long sequence, Runnable action) {
    }

    private final VirtualClock clock;
    private final PriorityQueue<Due> queue = new PriorityQueue<>(
            Comparator.comparing(Due::at).thenComparingLong(Due::sequence));
    private long scheduled;
    private Consumer<Instant> afterEachStep = now -> {
    };

    public EventScheduler(VirtualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Instant now() {
        return clock.instant();
    }

    /** The clock every component of the run reads: the one this scheduler moves. */
    public InstantSource clock() {
        return clock;
    }

    /** Tells {@code observer} the clock's time after each action run; it replaces any observer before it. */
    public void afterEachStep(Consumer<Instant> observer) {
        this.afterEachStep = Objects.requireNonNull(observer, "observer");
    }

    public void at(Instant at, Runnable action) {
        if (at.isBefore(now())) {
            throw new IllegalArgumentException("cannot schedule at " + at + ", it is already " + now());
        }
        queue.add(new Due(at, scheduled++, Objects.requireNonNull(action, "action")));
    }

    public void after(Duration delay, Runnable action) {
        at(now().plus(delay), action);
    }

    /** Runs {@code action} at {@code first} and then every {@code interval}, for as long as the run lasts. */
    public void every(Duration interval, Instant first, Runnable action) {
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("interval must be longer than zero, was " + interval);
        }
        at(first, () -> {
            action.run();
            every(interval, now().plus(interval), action);
        });
    }

    /** Runs every action due up to {@code end}, then leaves the clock at {@code end}. */
    public void runUntil(Instant end) {
        runUntil(end, () -> false);
    }

    /**
     * Runs actions due up to {@code end}, checking {@code done} after each; returns whether it stopped
     * because {@code done} held. The clock is left at the last action run, or at {@code end}.
     */
    public boolean runUntil(Instant end, BooleanSupplier done) {
        while (!queue.isEmpty() && !queue.peek().at().isAfter(end)) {
            Due next = queue.poll();
            clock.set(next.at());
            next.action().run();
            afterEachStep.accept(next.at());
            if (done.getAsBoolean()) {
                return true;
            }
        }
        clock.set(end);
        return false;
    }
}
