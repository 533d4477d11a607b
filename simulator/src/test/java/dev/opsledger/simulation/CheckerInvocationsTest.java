package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckerInvocationsTest {

    @Test
    void an_interval_under_a_minute_is_served_by_rounds_within_one_scheduled_invocation() {
        CheckerInvocations invocations = CheckerInvocations.serving(Duration.ofSeconds(20));

        assertThat(invocations.period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(invocations.roundsPerInvocation()).isEqualTo(3);
        assertThat(invocations.slot(2)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void an_interval_that_does_not_divide_the_minute_leaves_a_longer_gap_before_the_next_invocation() {
        CheckerInvocations invocations = CheckerInvocations.serving(Duration.ofSeconds(25));

        assertThat(invocations.roundsPerInvocation()).isEqualTo(2);
        assertThat(invocations.slot(1)).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void an_interval_of_a_minute_or_more_is_a_schedule_of_its_own() {
        CheckerInvocations invocations = CheckerInvocations.serving(Duration.ofMinutes(5));

        assertThat(invocations.period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(invocations.roundsPerInvocation()).isEqualTo(1);
    }
}
