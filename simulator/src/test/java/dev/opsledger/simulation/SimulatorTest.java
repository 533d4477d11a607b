package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.simulation.SimulationReport.FailoverRecord;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SimulatorTest {

    /** Runs are deterministic, so each named scenario is simulated once for all the tests that read it. */
    private static final Map<String, SimulationReport> REPORTS = new ConcurrentHashMap<>();

    private static SimulationReport report(String scenario) {
        return REPORTS.computeIfAbsent(scenario, name -> new Simulator().run(Scenarios.named(name)));
    }

    static Iterable<String> scenarioNames() {
        return Scenarios.names();
    }

    @Test
    void default_scenario_meets_the_recovery_targets_with_stream_replication() {
        SimulationReport report = report("default");

        assertThat(report.failovers()).hasSize(1);
        assertThat(report.rpoSeconds()).isLessThanOrEqualTo(5.0);
        assertThat(report.rtoSeconds()).isPositive().isLessThanOrEqualTo(180.0);
        assertThat(report.maxReplicationLagSeconds()).isLessThanOrEqualTo(5.0);
    }

    @Test
    void default_scenario_loses_nothing_and_ends_with_equal_regions() {
        SimulationReport report = report("default");

        assertThat(report.eventsLost()).isZero();
        assertThat(report.divergentStreams()).isZero();
        assertThat(report.writesAcceptedByFencedRegion()).isZero();
        assertThat(report.settled()).isTrue();
        assertThat(report.failovers().getFirst().failbackAtSeconds()).isNotNull();
    }

    @Test
    void clients_still_pointing_at_the_former_region_are_refused_by_the_fence() {
        SimulationReport report = report("default");

        assertThat(report.writesFenced()).isPositive();
        assertThat(report.writesAcknowledged()).isEqualTo(report.writesAttempted() - report.writesRejected()
                - report.writesUnfinished());
    }

    @Test
    void scheduled_five_minute_copy_loses_minutes_of_acknowledged_writes_at_failover() {
        SimulationReport report = report("scheduled-5min");

        assertThat(report.rpoSeconds()).isGreaterThanOrEqualTo(60.0);
        assertThat(report.maxReplicationLagSeconds()).isGreaterThanOrEqualTo(60.0);
        assertThat(report.reapplied() + report.quarantined()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("scenarioNames")
    void every_named_scenario_keeps_the_safety_invariants(String scenario) {
        SimulationReport report = report(scenario);

        assertThat(report.writesAcceptedByFencedRegion()).isZero();
        assertThat(report.eventsLost()).isZero();
        assertThat(report.divergentStreams()).isZero();
        assertThat(report.settled()).isTrue();
        assertThat(report.failovers()).allSatisfy(failover -> assertThat(failover.divergentAfterFailback()).isEmpty());
    }

    @Test
    void a_flapping_primary_fails_over_and_back_under_a_rising_fencing_epoch() {
        SimulationReport report = report("flapping-primary");

        assertThat(report.failovers()).extracting(FailoverRecord::epoch).containsExactly(1L, 3L, 5L);
        assertThat(report.failovers()).allSatisfy(failover -> assertThat(failover.failbackAtSeconds()).isNotNull());
    }

    @Test
    void the_same_seed_gives_the_same_report() {
        SimulationReport again = new Simulator().run(Scenarios.named("default"));

        assertThat(again).isEqualTo(report("default"));
    }

    @Test
    void another_seed_gives_another_run() {
        Scenario reseeded = ImmutableScenario.builder().from(Scenarios.named("default")).seed(7).build();

        SimulationReport report = new Simulator().run(reseeded);

        assertThat(report.seed()).isEqualTo(7);
        assertThat(report.writesAttempted()).isNotEqualTo(report("default").writesAttempted());
        assertThat(report.eventsLost()).isZero();
    }

    @Test
    void a_run_without_outage_measures_no_recovery_and_says_so() {
        Scenario calm = ImmutableScenario.builder().from(Scenarios.named("default"))
                .flapCount(0).duration(Duration.ofMinutes(5)).build();

        SimulationReport report = new Simulator().run(calm);

        assertThat(report.failovers()).isEmpty();
        assertThat(report.rpoSeconds()).isNull();
        assertThat(report.rtoSeconds()).isNull();
        assertThat(report.notes()).contains("no failover happened: RPO and RTO were not measured");
        assertThat(report.writesFenced()).isZero();
        assertThat(report.writesAcknowledged()).isEqualTo(report.writesAttempted());
    }
}
