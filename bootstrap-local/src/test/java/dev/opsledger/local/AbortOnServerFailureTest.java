package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbortOnServerFailureTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final IncidentId INCIDENT = new IncidentId("inc-1");

    private final Faults server = new Faults();
    private final AbortOnServerFailure table = new AbortOnServerFailure(
            new InMemoryEventStore(new VirtualClock(NOON), server, Duration.ZERO), URI.create("http://127.0.0.1:4567"));

    @Test
    void a_server_that_answers_is_not_noticed() {
        table.append(INCIDENT.stream(), 0, List.of(new NewEvent(new EventId("e-1"), new IncidentResolved(INCIDENT, NOON))));

        assertThat(table.readStream(INCIDENT.stream())).hasSize(1);
        assertThat(table.readFeed(LogPosition.START, 10).commits()).hasSize(1);
    }

    @Test
    void a_server_that_fails_stops_the_run_instead_of_passing_for_an_outage() {
        server.goDark();

        assertThatThrownBy(() -> table.readStream(INCIDENT.stream()))
                .isInstanceOf(LocalServerFailed.class)
                .isNotInstanceOf(ServiceUnavailable.class)
                .hasMessageContaining("the DynamoDB server at http://127.0.0.1:4567 failed during the run")
                .hasCauseInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> table.discardAfter(INCIDENT.stream(), 0)).isInstanceOf(LocalServerFailed.class);
    }
}
