package dev.opsledger.aws.probe;

import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What every probe made of SDK calls shares: the time of the check, one {@link CallBudget} for all its
 * calls, the latency measured across them, and an SDK failure read as unreachable, throttled or failed.
 */
final class TimedSdkProbe {

    /** One probe's calls, each limited by {@code budget}; why the region fails the check, or empty when it passes. */
    @FunctionalInterface
    interface Calls {
        Optional<String> failure(Instant checkedAt, CallBudget budget);
    }

    private final Component component;
    private final Duration timeout;
    private final InstantSource clock;

    TimedSdkProbe(Component component, Duration timeout, InstantSource clock) {
        this.component = component;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    CheckResult run(Region region, Calls calls) {
        Instant checkedAt = clock.instant();
        String target = ProbeFailures.target(region, component);
        CallBudget budget = new CallBudget(timeout);
        try {
            Optional<String> failure = calls.failure(checkedAt, budget);
            return failure.isEmpty()
                    ? CheckResult.passed(budget.elapsed(), checkedAt)
                    : CheckResult.failed(budget.elapsed(), target + " failed: " + failure.get(), checkedAt);
        } catch (SdkException e) {
            return CheckResult.failed(budget.elapsed(), ProbeFailures.reason(target, e, timeout), checkedAt);
        }
    }
}
