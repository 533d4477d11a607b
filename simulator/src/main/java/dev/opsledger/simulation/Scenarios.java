package dev.opsledger.simulation;

import dev.opsledger.application.failover.FailoverSchedule;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The named scenarios the simulator ships with, each a variation of {@code default}; {@code as-deployed} takes
 * its timings from {@link FailoverSchedule#AS_DEPLOYED}, what the stacks deploy.
 */
public final class Scenarios {

    public record Named(String name, String summary, Scenario scenario) {
    }

    private static final Scenario DEFAULT = ImmutableScenario.builder()
            .name("default")
            .seed(42)
            .duration(minutes(30))
            .writesPerMinute(60)
            .outageStart(minutes(10))
            .outageLength(minutes(5))
            .flapCount(1)
            .flapGap(minutes(0))
            .replicationMode(ReplicationMode.STREAM)
            .streamDelay(Duration.ofMillis(1500))
            .replicationInterval(minutes(5))
            .healthCheckInterval(Duration.ofSeconds(30))
            .failureThreshold(3)
            .dnsTtl(Duration.ofSeconds(60))
            .feedLookBack(minutes(2))
            .failbackAfter(minutes(5))
            .build();

    private static final List<Named> CATALOGUE = List.of(
            new Named("default", "stream replication, checks every 30s, 3 failures to fail over, DNS TTL 60s;"
                    + " the primary is dark from minute 10 to 15", DEFAULT),
            new Named("scheduled-5min", "as default, but replication is only the original 5-minute scheduled copy;"
                    + " the outage starts 3 minutes after a copy",
                    ImmutableScenario.builder().from(DEFAULT).name("scheduled-5min")
                            .replicationMode(ReplicationMode.SCHEDULED).outageStart(minutes(13)).build()),
            new Named("flapping-primary", "the primary goes dark 3 times for 2 minutes, 5 minutes apart, and"
                    + " writes move back after 2 healthy minutes: three failovers and three failbacks",
                    ImmutableScenario.builder().from(DEFAULT).name("flapping-primary").duration(minutes(40))
                            .outageStart(minutes(8)).outageLength(minutes(2)).flapCount(3).flapGap(minutes(5))
                            .failbackAfter(minutes(2)).build()),
            new Named("long-outage", "the primary is dark for 45 minutes; the secondary takes every write meanwhile",
                    ImmutableScenario.builder().from(DEFAULT).name("long-outage").duration(minutes(90))
                            .outageLength(minutes(45)).build()),
            new Named("as-deployed", asDeployedSummary(FailoverSchedule.AS_DEPLOYED),
                    asDeployed(FailoverSchedule.AS_DEPLOYED)));

    private Scenarios() {
    }

    public static Scenario named(String name) {
        return CATALOGUE.stream()
                .filter(named -> named.name().equals(name))
                .map(Named::scenario)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        "no scenario named '" + name + "'; known scenarios: " + String.join(", ", names())));
    }

    public static List<String> names() {
        return CATALOGUE.stream().map(Named::name).toList();
    }

    public static List<Named> catalogue() {
        return CATALOGUE;
    }

    /**
     * The default outage run with the timings of {@code schedule} and replication as deployed: the change
     * stream, backed by the scheduled reconciler.
     */
    static Scenario asDeployed(FailoverSchedule schedule) {
        return ImmutableScenario.builder().from(DEFAULT).name("as-deployed")
                .replicationMode(ReplicationMode.STREAM)
                .replicationInterval(schedule.reconcileInterval())
                .healthCheckInterval(schedule.checkInterval())
                .failureThreshold(schedule.failureThreshold())
                .dnsTtl(schedule.dnsTtl())
                .build();
    }

    private static String asDeployedSummary(FailoverSchedule schedule) {
        return "what the stacks deploy: checks every " + schedule.checkInterval().toSeconds() + "s ("
                + schedule.checksPerInvocation() + " per scheduled invocation), " + schedule.failureThreshold()
                + " failures to fail over, DNS TTL " + schedule.dnsTtl().toSeconds() + "s, stream replication with"
                + " a reconciler every " + schedule.reconcileInterval().toSeconds() + "s; the primary is dark from"
                + " minute " + DEFAULT.outageStart().toMinutes() + " to "
                + DEFAULT.outageStart().plus(DEFAULT.outageLength()).toMinutes();
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
