package dev.opsledger.inmemory.fault;

import static dev.opsledger.inmemory.contract.SampleEvents.batch;
import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FaultInjectingEventStoreTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final InMemoryEventStore table = new InMemoryEventStore(clock);
    private final Faults faults = new Faults();
    private final FaultInjectingEventStore region = new FaultInjectingEventStore(table, faults);
    private final StreamId stream = stream("first");

    @Test
    void a_dark_region_refuses_every_call_before_the_table_sees_it() {
        faults.goDark();

        assertThatThrownBy(() -> region.append(stream, 0, batch("a"))).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> region.readStream(stream)).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> region.readFeed(LogPosition.START, 10)).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> region.discardAfter(stream, 0)).isInstanceOf(ServiceUnavailable.class);
        assertThat(table.allCommits()).isEmpty();
    }

    @Test
    void a_region_whose_faults_are_restored_passes_every_call_to_its_table() {
        faults.goDark();
        faults.restore();

        region.append(stream, 0, batch("a", "b"));

        assertThat(region.readStream(stream)).hasSize(2);
        assertThat(region.readFeed(LogPosition.START, 10).commits()).isEqualTo(table.allCommits());
    }

    @Test
    void a_failure_injected_for_the_next_call_refuses_that_call_only() {
        faults.failNext(1);

        assertThatThrownBy(() -> region.append(stream, 0, batch("a"))).isInstanceOf(ServiceUnavailable.class);
        assertThat(region.append(stream, 0, batch("a")).alreadyAppended()).isFalse();
    }
}
