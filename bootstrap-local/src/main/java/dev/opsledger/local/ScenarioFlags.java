package dev.opsledger.local;

import dev.opsledger.simulation.ImmutableScenario;
import dev.opsledger.simulation.ReplicationMode;
import dev.opsledger.simulation.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * The flags that override one knob of a scenario each, with the limits they accept; the help text is
 * generated from this list. The limits keep every run within about a minute in memory: beyond them a run
 * takes long or runs out of memory without telling anything a run within them does not.
 */
final class ScenarioFlags {

    /** {@code limits} and {@code defaultOf} are for the help: what it accepts, and the default scenario's value. */
    record Knob(String flag, String value, String help, String limits, Function<Scenario, String> defaultOf,
            BiConsumer<ImmutableScenario.Builder, String> apply) {
    }

    static final long MAX_WRITES = 100_000;
    static final long MAX_HEALTH_CHECKS = 20_000;
    static final Duration MAX_LAST_OUTAGE_END = Duration.ofHours(48);

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofHours(24);

    static final List<Knob> KNOBS = List.of(
            new Knob("--seed", "N", "seed of every random choice; the same seed gives the same report",
                    "any whole number", scenario -> String.valueOf(scenario.seed()),
                    (scenario, value) -> scenario.seed(seed(value))),
            duration("--duration", "how long clients write", SECOND, DAY, Scenario::duration,
                    ImmutableScenario.Builder::duration),
            count("--writes-per-minute", "client write rate", 1, 6000, Scenario::writesPerMinute,
                    ImmutableScenario.Builder::writesPerMinute),
            duration("--outage-start", "when the primary first goes dark; before the end of --duration",
                    Duration.ZERO, DAY, Scenario::outageStart, ImmutableScenario.Builder::outageStart),
            duration("--outage-length", "how long each outage lasts", SECOND, DAY, Scenario::outageLength,
                    ImmutableScenario.Builder::outageLength),
            count("--flap-count", "how many times the primary goes dark (0: never)", 0, 20, Scenario::flapCount,
                    ImmutableScenario.Builder::flapCount),
            duration("--flap-gap", "time between the end of one outage and the next (0: one dark period)",
                    Duration.ZERO, DAY, Scenario::flapGap, ImmutableScenario.Builder::flapGap),
            new Knob("--replication", "stream|scheduled", "change stream plus reconciler, or the scheduled copy only",
                    "stream or scheduled", scenario -> scenario.replicationMode().name().toLowerCase(Locale.ROOT),
                    (scenario, value) -> scenario.replicationMode(mode(value))),
            duration("--stream-delay", "typical change-stream delivery time (each is 0.5x to 1.5x)",
                    Duration.ofMillis(10), Duration.ofMinutes(10), Scenario::streamDelay, ImmutableScenario.Builder::streamDelay),
            duration("--replication-interval", "period of the scheduled copy / reconciler", SECOND.multipliedBy(10),
                    DAY, Scenario::replicationInterval, ImmutableScenario.Builder::replicationInterval),
            duration("--check-interval", "period of the health check of the primary; under a minute it runs as"
                    + " deployed: as many rounds as fit in each once-a-minute scheduled invocation", SECOND,
                    Duration.ofMinutes(10), Scenario::healthCheckInterval,
                    ImmutableScenario.Builder::healthCheckInterval),
            count("--failure-threshold", "consecutive failed checks before failover", 1, 20, Scenario::failureThreshold,
                    ImmutableScenario.Builder::failureThreshold),
            duration("--dns-ttl", "how long clients keep a resolved region", Duration.ZERO, HOUR, Scenario::dnsTtl,
                    ImmutableScenario.Builder::dnsTtl),
            duration("--feed-look-back", "how far back replication re-reads the feed", Duration.ZERO,
                    Duration.ofMinutes(10),
                    Scenario::feedLookBack, ImmutableScenario.Builder::feedLookBack),
            duration("--failback-after", "how long the primary must pass every check before failback",
                    Duration.ZERO, HOUR, Scenario::failbackAfter, ImmutableScenario.Builder::failbackAfter));

    private ScenarioFlags() {
    }

    static Optional<Knob> knob(String flag) {
        return KNOBS.stream().filter(knob -> knob.flag().equals(flag)).findFirst();
    }

    /** The rules between knobs, told in the flags' words; the scenario's own checks are about single knobs. */
    static void checkCombination(Scenario scenario) {
        if (scenario.flapCount() > 0 && scenario.outageStart().compareTo(scenario.duration()) >= 0) {
            throw new UsageError("--outage-start " + DurationText.format(scenario.outageStart())
                    + " is not before the end of the run (--duration " + DurationText.format(scenario.duration())
                    + "): no client would see the outage; use --flap-count 0 for a run without one");
        }
        long writes = scenario.duration().toSeconds() * scenario.writesPerMinute() / 60;
        if (writes > MAX_WRITES) {
            throw new UsageError("--duration " + DurationText.format(scenario.duration()) + " at --writes-per-minute "
                    + scenario.writesPerMinute() + " makes about " + writes + " writes; a run takes at most "
                    + MAX_WRITES);
        }
        if (scenario.lastOutageEnd().compareTo(MAX_LAST_OUTAGE_END) > 0) {
            throw new UsageError("the last outage would end at " + DurationText.format(scenario.lastOutageEnd())
                    + " (--outage-start + --flap-count x (--outage-length + --flap-gap)); it must end within "
                    + DurationText.format(MAX_LAST_OUTAGE_END));
        }
        Duration busy = scenario.lastOutageEnd().compareTo(scenario.duration()) > 0
                ? scenario.lastOutageEnd() : scenario.duration();
        long checks = busy.toMillis() / scenario.healthCheckInterval().toMillis();
        if (checks > MAX_HEALTH_CHECKS) {
            throw new UsageError("--check-interval " + DurationText.format(scenario.healthCheckInterval())
                    + " over " + DurationText.format(busy) + " (the longer of --duration and the end of the last"
                    + " outage) makes " + checks + " health checks; a run takes at most " + MAX_HEALTH_CHECKS);
        }
    }

    private static Knob duration(String flag, String help, Duration min, Duration max,
            Function<Scenario, Duration> get, BiConsumer<ImmutableScenario.Builder, Duration> set) {
        return new Knob(flag, "DURATION", help, DurationText.typeable(min) + " to " + DurationText.typeable(max),
                scenario -> DurationText.typeable(get.apply(scenario)),
                (scenario, value) -> set.accept(scenario, DurationText.parse(flag, value, min, max)));
    }

    private static Knob count(String flag, String help, int min, int max, ToIntFunction<Scenario> get,
            ObjIntConsumer<ImmutableScenario.Builder> set) {
        return new Knob(flag, "N", help, min + " to " + max, scenario -> String.valueOf(get.applyAsInt(scenario)),
                (scenario, value) -> set.accept(scenario, count(flag, value, min, max)));
    }

    private static long seed(String value) {
        if (value.matches("-?[0-9]{1,19}")) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException beyondLong) {
                // refused below in the same words as any other value that is not a whole number
            }
        }
        throw new UsageError("--seed takes a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                + " (digits 0-9), not '" + value + "'");
    }

    private static int count(String flag, String value, int min, int max) {
        if (!value.matches("-?[0-9]{1,10}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw new UsageError(flag + " takes a whole number from " + min + " to " + max + ", not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static ReplicationMode mode(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "stream" -> ReplicationMode.STREAM;
            case "scheduled" -> ReplicationMode.SCHEDULED;
            default -> throw new UsageError("--replication takes stream or scheduled, not '" + value + "'");
        };
    }
}
