package dev.opsledger.application.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * The timings that decide how fast a dark primary is detected and left: the one definition both the
 * deployed stacks and the simulator's {@code as-deployed} scenario read, so the RTO the simulator measures is
 * the RTO of what is deployed.
 *
 * <p>Why {@link #AS_DEPLOYED} holds these values:
 * <ul>
 *   <li><b>Checks every 20 s, 3 per invocation.</b> EventBridge starts the checker once a minute, and one
 *       invocation checks at 0, 20 and 40 s. A check of a dark primary waits for each of its three probes to
 *       time out (5 s each, one after the other): 15 s. At 15 s a spacing leaves no room for that, so the last
 *       check of a minute would still run when the next invocation starts, in another container that counts
 *       failures from zero; at 20 s the last check ends by about 55 s.</li>
 *   <li><b>3 failures in a row.</b> A blip shorter than two intervals (40 s) never fails over, and one
 *       invocation alone can reach the count. Detection then takes 40 s after the first failed check plus the
 *       15 s that check takes: about 55 to 75 s after the primary went dark. Each further failure needed would
 *       add 20 s to the RTO to ignore 20 s longer blips; a threshold of 2 would fail over on any 20 s
 *       hiccup.</li>
 *   <li><b>DNS TTL 30 s.</b> A client keeps sending to the fenced primary for at most this long after the
 *       switch; below 30 s some resolvers raise the TTL anyway, and each answer costs a Route 53 query.</li>
 *   <li><b>Write lease of two checks and 5 s.</b> The API of a region writes under the lease its health checker
 *       renews after every check ({@link #writeLeaseFor}), not by asking Route 53, which takes five calls a second
 *       per account. A lease outlives one missed or late check; a region taking over waits one lease length
 *       (45 s as deployed) before its first write, so that the former region's lease has run out. That wait is
 *       part of the RTO.</li>
 *   <li><b>Reconciler every minute.</b> The finest grain of a schedule: a change-stream record missed while
 *       the stream's reader was down is repaired within a minute, not five.</li>
 * </ul>
 * The simulator's {@code as-deployed} scenario measures the RTO this gives, and how 15 s and 30 s spacings
 * compare (docs/simulator.md); {@code AsDeployedScenarioTest} holds it under the 3 minutes required.
 *
 * @param checkInterval       time between two health checks of a region; EventBridge starts the checker at
 *                            most once a minute, so one invocation runs as many checks as fit in a minute
 * @param failureThreshold    consecutive failed checks of the primary before the secondary takes the writes
 * @param dnsTtl              time to live of the failover records; clients keep the old answer that long
 * @param reconcileInterval   period of the scheduled replication pass that backs up the change stream
 */
public record FailoverSchedule(Duration checkInterval, int failureThreshold, Duration dnsTtl,
        Duration reconcileInterval) {

    /** EventBridge's finest schedule: the checker and the reconciler start at most this often. */
    public static final Duration SCHEDULE_PERIOD = Duration.ofMinutes(1);

    /** What the stacks deploy. */
    public static final FailoverSchedule AS_DEPLOYED =
            new FailoverSchedule(Duration.ofSeconds(20), 3, Duration.ofSeconds(30), Duration.ofMinutes(1));

    public FailoverSchedule {
        Objects.requireNonNull(checkInterval, "checkInterval");
        Objects.requireNonNull(dnsTtl, "dnsTtl");
        Objects.requireNonNull(reconcileInterval, "reconcileInterval");
        if (checkInterval.isNegative() || checkInterval.isZero() || checkInterval.compareTo(SCHEDULE_PERIOD) > 0
                || checkInterval.toNanosPart() != 0 || SCHEDULE_PERIOD.toSeconds() % checkInterval.toSeconds() != 0) {
            throw new IllegalArgumentException("checkInterval must divide a minute in whole seconds, was " + checkInterval);
        }
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        if (dnsTtl.isNegative() || reconcileInterval.compareTo(SCHEDULE_PERIOD) < 0) {
            throw new IllegalArgumentException("dnsTtl must not be negative and reconcileInterval at least a minute");
        }
    }

    /**
     * Two check intervals and 5 s: renewed after every check, a lease survives one check that fails to
     * renew it and a late start of the next invocation.
     */
    public static Duration writeLeaseFor(Duration checkInterval) {
        return checkInterval.multipliedBy(2).plusSeconds(5);
    }

    /** The health checks one scheduled invocation runs. */
    public int checksPerInvocation() {
        return (int) (SCHEDULE_PERIOD.toSeconds() / checkInterval.toSeconds());
    }
}
