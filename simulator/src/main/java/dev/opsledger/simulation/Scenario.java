package dev.opsledger.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every knob of one simulated run. Times are offsets from the start of the run. The primary goes dark
 * {@code flapCount} times for {@code outageLength} each, the first at {@code outageStart} and each next one
 * {@code flapGap} after the previous ended; a flap count of 0 is a run without any outage.
 */
@Value.Immutable
public interface Scenario {

    String name();

    long seed();

    /** How long clients keep writing; the run then settles (failback, catch-up) before it is audited. */
    Duration duration();

    int writesPerMinute();

    Duration outageStart();

    Duration outageLength();

    int flapCount();

    Duration flapGap();

    ReplicationMode replicationMode();

    /** The typical time a commit takes on the change stream; each delivery takes between half and one and a half of it. */
    Duration streamDelay();

    /** How often the scheduled job runs: the only replication in {@code SCHEDULED} mode, the reconciler in {@code STREAM}. */
    Duration replicationInterval();

    Duration healthCheckInterval();

    /** Consecutive failed health checks of the primary before the secondary is promoted. */
    int failureThreshold();

    /** How long a client keeps using the region it resolved before asking DNS again. */
    Duration dnsTtl();

    /** How far back replication's feed readers look for commits that became visible late. */
    Duration feedLookBack();

    /** How long the primary must answer every health check before writes move back to it. */
    Duration failbackAfter();

    default List<Outage> outages() {
        List<Outage> outages = new ArrayList<>();
        Duration start = outageStart();
        for (int flap = 0; flap < flapCount(); flap++) {
            outages.add(new Outage(start, start.plus(outageLength())));
            start = start.plus(outageLength()).plus(flapGap());
        }
        return List.copyOf(outages);
    }

    /**
     * The periods the primary is really dark: outages that touch (a flap gap of 0) are one period, since
     * nothing can tell them apart from outside. Failovers are measured from these, never from a flap that
     * began while the primary was already dark.
     */
    default List<Outage> darkPeriods() {
        List<Outage> periods = new ArrayList<>();
        for (Outage outage : outages()) {
            if (!periods.isEmpty() && outage.start().compareTo(periods.getLast().end()) <= 0) {
                periods.add(new Outage(periods.removeLast().start(), outage.end()));
            } else {
                periods.add(outage);
            }
        }
        return List.copyOf(periods);
    }

    /** When the primary is back for good: the end of the last outage, or the start of the run without one. */
    default Duration lastOutageEnd() {
        List<Outage> outages = outages();
        return outages.isEmpty() ? Duration.ZERO : outages.getLast().end();
    }

    @Value.Check
    default void check() {
        requirePositive("duration", duration());
        requirePositive("streamDelay", streamDelay());
        requirePositive("replicationInterval", replicationInterval());
        requirePositive("healthCheckInterval", healthCheckInterval());
        requireNotNegative("outageStart", outageStart());
        requireNotNegative("flapGap", flapGap());
        requireNotNegative("dnsTtl", dnsTtl());
        requireNotNegative("feedLookBack", feedLookBack());
        requireNotNegative("failbackAfter", failbackAfter());
        if (writesPerMinute() < 1 || failureThreshold() < 1 || flapCount() < 0) {
            throw new IllegalArgumentException("writesPerMinute and failureThreshold must be at least 1 and flapCount"
                    + " not negative, were " + writesPerMinute() + ", " + failureThreshold() + " and " + flapCount());
        }
        if (flapCount() > 0) {
            requirePositive("outageLength", outageLength());
        }
    }

    private static void requirePositive(String knob, Duration value) {
        if (!value.isPositive()) {
            throw new IllegalArgumentException(knob + " must be longer than zero, was " + value);
        }
    }

    private static void requireNotNegative(String knob, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(knob + " must not be negative, was " + value);
        }
    }
}
