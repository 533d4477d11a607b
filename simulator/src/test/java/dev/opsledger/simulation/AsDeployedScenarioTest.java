package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.domain.health.Component;
import dev.opsledger.simulation.SimulationReport.FailoverRecord;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code as-deployed} scenario runs what the stacks deploy, and what they deploy meets its targets. */
class AsDeployedScenarioTest {

    private static final FailoverSchedule DEPLOYED = FailoverSchedule.AS_DEPLOYED;
    private static final double RTO_LIMIT_SECONDS = 180;
    private static final double RPO_LIMIT_SECONDS = 5;

    @Test
    void runs_with_the_timings_the_stacks_deploy() {
        Scenario scenario = Scenarios.named("as-deployed");

        assertThat(scenario.healthCheckInterval()).isEqualTo(DEPLOYED.checkInterval());
        assertThat(scenario.failureThreshold()).isEqualTo(DEPLOYED.failureThreshold());
        assertThat(scenario.dnsTtl()).isEqualTo(DEPLOYED.dnsTtl());
        assertThat(scenario.replicationInterval()).isEqualTo(DEPLOYED.reconcileInterval());
        assertThat(scenario.replicationMode()).isEqualTo(ReplicationMode.STREAM);
        assertThat(CheckerInvocations.serving(scenario.healthCheckInterval()).roundsPerInvocation())
                .isEqualTo(DEPLOYED.checksPerInvocation());
    }

    @Test
    void a_check_of_a_dark_primary_ends_before_the_next_one_is_due() {
        Duration darkCheck = FailoverDriver.PROBE_TIMEOUT.multipliedBy(Component.values().length);

        assertThat(darkCheck).isLessThan(DEPLOYED.checkInterval());
    }

    /** Seed 42 runs in {@code SimulatorTest} with every named scenario. */
    static LongStream seeds() {
        return LongStream.of(7, 2026, -9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fails_over_and_back_within_the_targets_losing_nothing(long seed) {
        Scenario scenario = ImmutableScenario.copyOf(Scenarios.named("as-deployed")).withSeed(seed);

        SimulationReport report = new Simulator().run(scenario);

        assertThat(report.settled()).as("settled").isTrue();
        assertThat(report.failovers()).hasSize(1);
        FailoverRecord failover = report.failovers().getFirst();
        assertThat(failover.failbackAtSeconds()).as("failed back").isNotNull();
        assertThat(report.rtoSeconds()).as("RTO").isLessThanOrEqualTo(RTO_LIMIT_SECONDS);
        assertThat(report.rpoSeconds()).as("RPO").isLessThanOrEqualTo(RPO_LIMIT_SECONDS);
        assertThat(report.eventsLost()).as("events lost").isZero();
        assertThat(report.divergentStreams()).as("divergent streams").isZero();
        assertThat(report.writesAcceptedByFencedRegion()).as("writes accepted by a fenced region").isZero();
    }
}
