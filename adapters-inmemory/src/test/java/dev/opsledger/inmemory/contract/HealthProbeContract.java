package dev.opsledger.inmemory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@link HealthProbe} contract: a result for every probe, a failure being a result with a reason. */
public abstract class HealthProbeContract {

    /** A new probe of {@code component}, aimed at {@link #region()} while it is healthy. */
    protected abstract HealthProbe newProbe(Component component);

    protected abstract Region region();

    /** How long the probe waits before it gives up. */
    protected abstract Duration timeout();

    /** The region stops answering (connections time out or are refused). */
    protected abstract void makeUnreachable();

    /** The region answers every request with throttling. */
    protected abstract void makeThrottled();

    @Test
    void names_the_component_it_probes() {
        assertThat(newProbe(Component.TABLE).component()).isEqualTo(Component.TABLE);
    }

    @Test
    void passes_a_healthy_region_within_the_timeout() {
        CheckResult result = newProbe(Component.API).probe(region());

        assertThat(result.passed()).isTrue();
        assertThat(result.latency()).isLessThanOrEqualTo(timeout());
    }

    @Test
    void fails_an_unreachable_region_with_a_reason_naming_it() {
        HealthProbe probe = newProbe(Component.API);
        makeUnreachable();

        CheckResult result = probe.probe(region());

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).contains(region().name()).contains("unreachable");
    }

    @Test
    void fails_a_throttled_region_saying_so() {
        HealthProbe probe = newProbe(Component.API);
        makeThrottled();

        CheckResult result = probe.probe(region());

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).contains(region().name()).contains("throttled");
    }
}
