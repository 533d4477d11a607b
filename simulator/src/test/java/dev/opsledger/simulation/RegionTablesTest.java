package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryEventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTablesTest {

    /** A short run with one outage, failover and failback. */
    private static final Scenario SHORT_RUN = ImmutableScenario.builder().from(Scenarios.named("default"))
            .duration(Duration.ofMinutes(8)).outageStart(Duration.ofMinutes(2)).outageLength(Duration.ofMinutes(3))
            .failbackAfter(Duration.ofMinutes(1)).build();

    /** Any event store, seen only through the port, as a DynamoDB table would be. */
    private static final class OnlyThePort extends ForwardingEventStore {

        OnlyThePort(EventStore table) {
            super(table);
        }
    }

    @Test
    void a_run_on_tables_the_caller_brings_reports_what_the_in_memory_run_reports() {
        List<Region> opened = new ArrayList<>();
        RegionTables brought = (region, clock) -> {
            opened.add(region);
            return new OnlyThePort(new InMemoryEventStore(clock));
        };

        SimulationReport report = new Simulator(brought).run(SHORT_RUN);

        assertThat(opened).containsExactly(Region.US_EAST_1, Region.US_WEST_2);
        assertThat(report.failovers()).hasSize(1);
        assertThat(report).isEqualTo(new Simulator().run(SHORT_RUN));
    }

    @Test
    void every_run_opens_new_tables() {
        List<EventStore> opened = new ArrayList<>();
        Simulator simulator = new Simulator((region, clock) -> {
            EventStore table = new InMemoryEventStore(clock);
            opened.add(table);
            return table;
        });

        SimulationReport first = simulator.run(SHORT_RUN);
        SimulationReport second = simulator.run(SHORT_RUN);

        assertThat(opened).hasSize(4).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
    }
}
