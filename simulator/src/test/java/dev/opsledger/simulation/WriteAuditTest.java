package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.simulation.ClientWrite.OfIncident;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteAuditTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final IncidentId INCIDENT = new IncidentId("inc-1");

    private static final ActiveRegion EAST_0 = new ActiveRegion(Region.US_EAST_1, 0);
    private static final ActiveRegion WEST_1 = new ActiveRegion(Region.US_WEST_2, 1);

    private final WriteAudit audit = new WriteAudit();

    private final ClientWrite open = new ClientWrite("cmd-1", new OfIncident(
            new OpenIncident(INCIDENT, "checkout", "production", Severity.HIGH, T0, Optional.empty())), T0);
    private final Recorded opened = new Recorded(INCIDENT.stream(), 1, List.of(new RecordedEvent(INCIDENT.stream(), 1,
            new EventId("cmd-1"), new IncidentOpened(INCIDENT, "checkout", "production", Severity.HIGH, T0,
            Optional.empty()))), false);
    private final ClientWrite resolve = new ClientWrite("cmd-2", new OfIncident(new ResolveIncident(INCIDENT, T0)), T0);
    private final Recorded resolved = new Recorded(INCIDENT.stream(), 2, List.of(new RecordedEvent(INCIDENT.stream(), 2,
            new EventId("cmd-2"), new IncidentResolved(INCIDENT, T0.plusSeconds(5)))), false);

    @Test
    void counts_a_write_under_an_epoch_another_region_has_already_written_under_a_newer_one() {
        audit.acknowledged(open, EAST_0, opened, T0);
        audit.acknowledged(open, WEST_1, opened, T0.plusSeconds(60));
        audit.acknowledged(resolve, EAST_0, resolved, T0.plusSeconds(61));

        assertThat(audit.acceptedByFencedRegion()).isEqualTo(1);
    }

    @Test
    void a_region_writing_on_under_its_lease_before_the_next_region_starts_is_no_fenced_write() {
        audit.acknowledged(open, EAST_0, opened, T0);
        audit.acknowledged(resolve, EAST_0, resolved, T0.plusSeconds(30));
        audit.acknowledged(open, WEST_1, opened, T0.plusSeconds(80));

        assertThat(audit.acceptedByFencedRegion()).isZero();
    }

    @Test
    void a_write_acknowledged_again_on_retry_is_one_write() {
        audit.acknowledged(open, EAST_0, opened, T0);
        audit.acknowledged(open, EAST_0, new Recorded(opened.stream(), 1, opened.events(), true),
                T0.plusSeconds(3));

        assertThat(audit.acknowledgedWrites()).isEqualTo(1);
        assertThat(audit.eventsAcknowledged()).isEqualTo(1);
    }

    @Test
    void finds_the_oldest_write_of_a_region_whose_events_another_log_lacks() {
        audit.acknowledged(open, EAST_0, opened, T0);
        audit.acknowledged(resolve, EAST_0, resolved, T0.plusSeconds(5));

        assertThat(audit.oldestMissing(Region.US_EAST_1, Set.of(new EventId("cmd-1"))))
                .map(WriteAudit.Ack::commandId).contains("cmd-2");
        assertThat(audit.oldestMissing(Region.US_WEST_2, Set.of())).isEmpty();
        assertThat(audit.eventsMissingFrom(Set.of(new EventId("cmd-2")))).isEqualTo(1);
    }
}
