package dev.opsledger.local;

import dev.opsledger.inmemory.simulation.ImmutableScenario;
import dev.opsledger.inmemory.simulation.ReplicationMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The flags that override one knob of a scenario each; the help text is generated from this list. */
final class ScenarioFlags {

    record Knob(String flag, String value, String help, BiConsumer<ImmutableScenario.Builder, String> apply) {
    }

    static final List<Knob> KNOBS = List.of(
            new Knob("--seed", "N", "seed of every random choice; the same seed gives the same report",
                    (scenario, value) -> scenario.seed(number("--seed", value))),
            new Knob("--duration", "DURATION", "how long clients write",
                    (scenario, value) -> scenario.duration(duration("--duration", value))),
            new Knob("--writes-per-minute", "N", "client write rate",
                    (scenario, value) -> scenario.writesPerMinute(count("--writes-per-minute", value))),
            new Knob("--outage-start", "DURATION", "when the primary first goes dark",
                    (scenario, value) -> scenario.outageStart(duration("--outage-start", value))),
            new Knob("--outage-length", "DURATION", "how long each outage lasts",
                    (scenario, value) -> scenario.outageLength(duration("--outage-length", value))),
            new Knob("--flap-count", "N", "how many times the primary goes dark (0: never)",
                    (scenario, value) -> scenario.flapCount(count("--flap-count", value))),
            new Knob("--flap-gap", "DURATION", "time between the end of one outage and the next",
                    (scenario, value) -> scenario.flapGap(duration("--flap-gap", value))),
            new Knob("--replication", "stream|scheduled", "change stream plus reconciler, or the scheduled copy only",
                    (scenario, value) -> scenario.replicationMode(mode(value))),
            new Knob("--stream-delay", "DURATION", "typical change-stream delivery time (each is 0.5x to 1.5x)",
                    (scenario, value) -> scenario.streamDelay(duration("--stream-delay", value))),
            new Knob("--replication-interval", "DURATION", "period of the scheduled copy / reconciler",
                    (scenario, value) -> scenario.replicationInterval(duration("--replication-interval", value))),
            new Knob("--check-interval", "DURATION", "period of the health check of the primary",
                    (scenario, value) -> scenario.healthCheckInterval(duration("--check-interval", value))),
            new Knob("--failure-threshold", "N", "consecutive failed checks before failover",
                    (scenario, value) -> scenario.failureThreshold(count("--failure-threshold", value))),
            new Knob("--dns-ttl", "DURATION", "how long clients keep a resolved region",
                    (scenario, value) -> scenario.dnsTtl(duration("--dns-ttl", value))),
            new Knob("--feed-look-back", "DURATION", "how far back replication re-reads the feed",
                    (scenario, value) -> scenario.feedLookBack(duration("--feed-look-back", value))),
            new Knob("--failback-after", "DURATION", "how long the primary must pass every check before failback",
                    (scenario, value) -> scenario.failbackAfter(duration("--failback-after", value))));

    private ScenarioFlags() {
    }

    static Optional<Knob> knob(String flag) {
        return KNOBS.stream().filter(knob -> knob.flag().equals(flag)).findFirst();
    }

    private static Duration duration(String flag, String value) {
        return DurationText.parse(flag, value);
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new UsageError(flag + " takes a whole number, not '" + value + "'");
        }
    }

    private static int count(String flag, String value) {
        long number = number(flag, value);
        if (number < 0 || number > Integer.MAX_VALUE) {
            throw new UsageError(flag + " takes a number from 0 to " + Integer.MAX_VALUE + ", not '" + value + "'");
        }
        return (int) number;
    }

    private static ReplicationMode mode(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "stream" -> ReplicationMode.STREAM;
            case "scheduled" -> ReplicationMode.SCHEDULED;
            default -> throw new UsageError("--replication takes stream or scheduled, not '" + value + "'");
        };
    }
}
