package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSchedulerTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    private final VirtualClock clock = new VirtualClock(T0);
    private final EventScheduler scheduler = new EventScheduler(clock);
    private final List<String> ran = new ArrayList<>();

    @Test
    void runs_actions_in_time_order_and_same_instant_actions_in_scheduling_order() {
        scheduler.at(T0.plusSeconds(2), () -> ran.add("late"));
        scheduler.at(T0.plusSeconds(1), () -> ran.add("first at 1s"));
        scheduler.at(T0.plusSeconds(1), () -> ran.add("second at 1s"));

        scheduler.runUntil(T0.plusSeconds(10));

        assertThat(ran).containsExactly("first at 1s", "second at 1s", "late");
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void moves_the_clock_to_each_action_before_running_it() {
        scheduler.after(Duration.ofSeconds(3), () -> ran.add(clock.instant().toString()));

        scheduler.runUntil(T0.plusSeconds(5));

        assertThat(ran).containsExactly(T0.plusSeconds(3).toString());
    }

    @Test
    void repeats_an_action_every_interval_until_the_end_of_the_run() {
        scheduler.every(Duration.ofSeconds(30), T0.plusSeconds(10), () -> ran.add(clock.instant().toString()));

        scheduler.runUntil(T0.plusSeconds(75));

        assertThat(ran).containsExactly(T0.plusSeconds(10).toString(), T0.plusSeconds(40).toString(),
                T0.plusSeconds(70).toString());
    }

    @Test
    void stops_early_once_the_condition_holds_and_leaves_later_actions_pending() {
        scheduler.at(T0.plusSeconds(1), () -> ran.add("one"));
        scheduler.at(T0.plusSeconds(2), () -> ran.add("two"));

        boolean stoppedEarly = scheduler.runUntil(T0.plusSeconds(10), () -> ran.contains("one"));
        scheduler.runUntil(T0.plusSeconds(10));

        assertThat(stoppedEarly).isTrue();
        assertThat(ran).containsExactly("one", "two");
    }

    @Test
    void refuses_to_schedule_in_the_past() {
        scheduler.runUntil(T0.plusSeconds(5));

        assertThatThrownBy(() -> scheduler.at(T0.plusSeconds(4), () -> ran.add("never")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already");
    }
}
