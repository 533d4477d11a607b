package dev.opsledger.inmemory.fault;

import dev.opsledger.application.port.ServiceUnavailable;
import java.time.Duration;
import java.util.Objects;

/**
 * What is currently wrong with one simulated region. Every adapter of the region shares one instance
 * and calls {@link #beforeCall} before doing any work, so "the region goes dark" reaches the table,
 * the publisher and the notifier at the same moment, as a real regional outage does.
 */
public final class Faults {

    private boolean dark;
    private boolean throttled;
    private Duration extraLatency = Duration.ZERO;
    private int pendingFailures;
    private long refusedCalls;

    public synchronized void goDark() {
        dark = true;
    }

    /** Ends every fault: darkness, throttling, slowness and failures still pending. */
    public synchronized void restore() {
        dark = false;
        throttled = false;
        extraLatency = Duration.ZERO;
        pendingFailures = 0;
    }

    public synchronized boolean isDark() {
        return dark;
    }

    public synchronized void throttle(boolean on) {
        throttled = on;
    }

    public synchronized boolean isThrottled() {
        return throttled;
    }

    /** Calls still succeed, but each takes this much longer; probes and feed visibility feel it. */
    public synchronized void slowDown(Duration extra) {
        Objects.requireNonNull(extra, "extra");
        if (extra.isNegative()) {
            throw new IllegalArgumentException("extra latency must not be negative, was " + extra);
        }
        extraLatency = extra;
    }

    public synchronized Duration extraLatency() {
        return extraLatency;
    }

    /** The next {@code calls} calls to any adapter of the region fail, then calls succeed again. */
    public synchronized void failNext(int calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative, was " + calls);
        }
        pendingFailures = calls;
    }

    public synchronized int pendingFailures() {
        return pendingFailures;
    }

    public synchronized long refusedCalls() {
        return refusedCalls;
    }

    /** Lets the call through, or refuses it with the reason a real client would see. */
    public synchronized void beforeCall(String operation) {
        if (dark) {
            throw refuse(operation + " failed: the region is dark (unreachable)", false);
        }
        if (throttled) {
            throw refuse(operation + " failed: throttled by the region", true);
        }
        if (pendingFailures > 0) {
            pendingFailures--;
            throw refuse(operation + " failed: injected failure (" + pendingFailures + " more pending)", false);
        }
    }

    private ServiceUnavailable refuse(String message, boolean throttling) {
        refusedCalls++;
        return new ServiceUnavailable(message, throttling);
    }

    @Override
    public synchronized String toString() {
        return "Faults[dark=" + dark + ", throttled=" + throttled + ", extraLatency=" + extraLatency
                + ", pendingFailures=" + pendingFailures + "]";
    }
}
