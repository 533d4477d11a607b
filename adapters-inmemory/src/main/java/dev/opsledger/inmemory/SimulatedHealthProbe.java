package dev.opsledger.inmemory;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.fault.Faults;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Probes a simulated region's component through that region's faults, answering what a real probe
 * would have measured: a dark region times out, a throttled one refuses, a slow one answers late.
 */
public final class SimulatedHealthProbe implements HealthProbe {

    private final Component component;
    private final Function<Region, Faults> faultsOf;
    private final InstantSource clock;
    private final Duration baseLatency;
    private final Duration timeout;

    public SimulatedHealthProbe(Component component, Function<Region, Faults> faultsOf, InstantSource clock,
            Duration baseLatency, Duration timeout) {
        this.component = Objects.requireNonNull(component, "component");
        this.faultsOf = Objects.requireNonNull(faultsOf, "faultsOf");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.baseLatency = Objects.requireNonNull(baseLatency, "baseLatency");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (baseLatency.isNegative() || !timeout.isPositive()) {
            throw new IllegalArgumentException(
                    "need baseLatency >= 0 and timeout > 0, were " + baseLatency + " and " + timeout);
        }
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public CheckResult probe(Region region) {
        Instant checkedAt = clock.instant();
        String target = region + " " + component.name().toLowerCase(Locale.ROOT);
        Faults faults = faultsOf.apply(region);
        try {
            faults.beforeCall("probe " + target);
        } catch (ServiceUnavailable refused) {
            if (faults.isDark()) {
                return CheckResult.failed(timeout, target + " unreachable: timed out after " + human(timeout), checkedAt);
            }
            String reason = refused.throttled() ? target + " throttled: too many requests" : refused.getMessage();
            return CheckResult.failed(baseLatency, reason, checkedAt);
        }
        Duration latency = baseLatency.plus(faults.extraLatency());
        if (latency.compareTo(timeout) > 0) {
            return CheckResult.failed(timeout, target + " too slow: no answer within " + human(timeout), checkedAt);
        }
        return CheckResult.passed(latency, checkedAt);
    }

    private static String human(Duration duration) {
        return duration.toNanosPart() == 0
                ? duration.toSeconds() + "s"
                : duration.toMillis() + "ms";
    }
}
