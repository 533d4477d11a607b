package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    @Test
    void names_the_shipped_scenarios_default_first() {
        assertThat(Scenarios.names()).startsWith("default")
                .contains("scheduled-5min", "flapping-primary", "long-outage");
        assertThat(Scenarios.names()).allSatisfy(name -> assertThat(Scenarios.named(name).name()).isEqualTo(name));
    }

    @Test
    void an_unknown_name_is_refused_with_the_known_names() {
        assertThatThrownBy(() -> Scenarios.named("nope"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'nope'")
                .hasMessageContaining("default, scheduled-5min");
    }

    @Test
    void scheduled_scenario_differs_from_default_in_replication_only_and_in_when_the_outage_starts() {
        Scenario scheduled = Scenarios.named("scheduled-5min");

        assertThat(scheduled.replicationMode()).isEqualTo(ReplicationMode.SCHEDULED);
        assertThat(scheduled.replicationInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ImmutableScenario.copyOf(scheduled).withName("default")
                .withReplicationMode(ReplicationMode.STREAM).withOutageStart(Duration.ofMinutes(10)))
                .isEqualTo(Scenarios.named("default"));
    }

    @Test
    void a_flapping_primary_goes_dark_flap_count_times_a_gap_apart() {
        Scenario flapping = ImmutableScenario.builder().from(Scenarios.named("default"))
                .outageStart(Duration.ofMinutes(8)).outageLength(Duration.ofMinutes(2))
                .flapCount(3).flapGap(Duration.ofMinutes(5)).build();

        assertThat(flapping.outages()).containsExactly(
                new Outage(Duration.ofMinutes(8), Duration.ofMinutes(10)),
                new Outage(Duration.ofMinutes(15), Duration.ofMinutes(17)),
                new Outage(Duration.ofMinutes(22), Duration.ofMinutes(24)));
    }

    @Test
    void a_flap_count_of_zero_is_a_run_without_outage() {
        assertThat(ImmutableScenario.copyOf(Scenarios.named("default")).withFlapCount(0).outages()).isEmpty();
    }

    @Test
    void refuses_knobs_that_make_no_sense() {
        ImmutableScenario base = ImmutableScenario.copyOf(Scenarios.named("default"));

        assertThatThrownBy(() -> base.withHealthCheckInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("healthCheckInterval");
        assertThatThrownBy(() -> base.withDnsTtl(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dnsTtl");
        assertThatThrownBy(() -> base.withFailureThreshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureThreshold");
    }
}
