package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.simulation.ImmutableScenario;
import dev.opsledger.simulation.Scenario;
import dev.opsledger.simulation.Scenarios;
import dev.opsledger.simulation.SimulationReport;
import dev.opsledger.simulation.Simulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A run that cannot settle: the command line's limits keep a user from asking for one, so the scenario is
 * built here, with a failback delay longer than the settle limit.
 */
class UnsettledRunTest {

    private static final Scenario NEVER_FAILS_BACK = ImmutableScenario.builder().from(Scenarios.named("default"))
            .duration(Duration.ofMinutes(8)).outageStart(Duration.ofMinutes(2)).outageLength(Duration.ofMinutes(3))
            .failbackAfter(Simulator.SETTLE_LIMIT.plusHours(1))
            .build();

    private final SimulationReport report = new Simulator().run(NEVER_FAILS_BACK);

    @Test
    void says_it_did_not_settle_and_exits_with_its_own_code() {
        assertThat(report.settled()).isFalse();
        assertThat(SimulateCommand.exitCode(report)).isEqualTo(Main.UNSETTLED);
        assertThat(ReportTable.render(report)).contains("NOT settled", "NOT checked (not a pass)",
                "events stranded (not lost: unsettled)");
    }

    @Test
    void does_not_count_events_waiting_in_the_other_region_as_lost_nor_judge_divergence() {
        assertThat(report.eventsLost()).isZero();
        assertThat(report.divergentStreams()).as("not checked").isNull();
        assertThat(report.notes()).anyMatch(note -> note.contains("did NOT settle"));
    }
}
