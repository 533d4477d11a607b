package dev.opsledger.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedHealthProbeTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration BASE = Duration.ofMillis(40);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Faults east = new Faults();
    private final Faults west = new Faults();
    private final VirtualClock clock = new VirtualClock(NOON);
    private final SimulatedHealthProbe probe = new SimulatedHealthProbe(Component.API,
            Map.of(Region.US_EAST_1, east, Region.US_WEST_2, west)::get, clock, BASE, TIMEOUT);

    @Test
    void passes_a_healthy_region_at_the_base_latency_stamped_with_the_clock() {
        assertThat(probe.probe(Region.US_EAST_1)).isEqualTo(CheckResult.passed(BASE, NOON));
    }

    @Test
    void times_out_on_a_dark_region_and_says_so() {
        east.goDark();
        clock.advance(Duration.ofMinutes(5));

        assertThat(probe.probe(Region.US_EAST_1)).isEqualTo(CheckResult.failed(TIMEOUT,
                "us-east-1 api unreachable: timed out after 2s", NOON.plusSeconds(300)));
        assertThat(probe.probe(Region.US_WEST_2).passed()).isTrue();
    }

    @Test
    void fails_a_throttled_region() {
        east.throttle(true);

        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo("us-east-1 api throttled: too many requests");
    }

    @Test
    void fails_while_injected_failures_last_then_passes() {
        east.failNext(1);

        assertThat(probe.probe(Region.US_EAST_1).passed()).isFalse();
        assertThat(probe.probe(Region.US_EAST_1).passed()).isTrue();
    }

    @Test
    void measures_a_slow_region_and_fails_it_past_the_timeout() {
        east.slowDown(Duration.ofMillis(900));
        assertThat(probe.probe(Region.US_EAST_1)).isEqualTo(CheckResult.passed(Duration.ofMillis(940), NOON));

        east.slowDown(Duration.ofMillis(1961));
        assertThat(probe.probe(Region.US_EAST_1)).isEqualTo(CheckResult.failed(TIMEOUT,
                "us-east-1 api too slow: no answer within 2s", NOON));
    }
}
