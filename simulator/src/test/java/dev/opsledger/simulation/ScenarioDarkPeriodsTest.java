package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioDarkPeriodsTest {

    private static final Scenario DEFAULT = Scenarios.named("default");

    @Test
    void outages_that_touch_are_one_dark_period_from_the_first_start_to_the_last_end() {
        Scenario flaps = ImmutableScenario.builder().from(DEFAULT).flapCount(5).outageLength(seconds(30))
                .flapGap(Duration.ZERO).build();

        assertThat(flaps.outages()).hasSize(5);
        assertThat(flaps.darkPeriods()).containsExactly(new Outage(Duration.ofMinutes(10), Duration.ofMinutes(12)
                .plusSeconds(30)));
        assertThat(flaps.lastOutageEnd()).isEqualTo(Duration.ofMinutes(12).plusSeconds(30));
    }

    @Test
    void outages_with_a_gap_between_them_stay_apart() {
        Scenario flaps = ImmutableScenario.builder().from(DEFAULT).flapCount(2).outageLength(seconds(40))
                .flapGap(seconds(5)).build();

        assertThat(flaps.darkPeriods()).containsExactly(
                new Outage(Duration.ofMinutes(10), Duration.ofMinutes(10).plusSeconds(40)),
                new Outage(Duration.ofMinutes(10).plusSeconds(45), Duration.ofMinutes(11).plusSeconds(25)));
    }

    @Test
    void a_run_without_outages_has_no_dark_period_and_is_quiet_from_the_start() {
        Scenario calm = ImmutableScenario.builder().from(DEFAULT).flapCount(0).build();

        assertThat(calm.darkPeriods()).isEmpty();
        assertThat(calm.lastOutageEnd()).isEqualTo(Duration.ZERO);
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
