package dev.opsledger.aws.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final Instant noon = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void leaves_an_empty_optional_out_and_reads_its_absence_back_as_empty() {
        IncidentOpened opened = new IncidentOpened(new IncidentId("INC-1"), "api", "production", Severity.LOW, noon,
                Optional.empty());

        EncodedEvent encoded = codec.encode(opened);

        assertThat(encoded.json()).doesNotContain("cause");
        assertThat(codec.decode(encoded)).isEqualTo(opened);
    }

    @Test
    void refuses_a_stored_type_it_does_not_know_naming_it() {
        assertThatThrownBy(() -> codec.decode("IncidentReopened", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IncidentReopened");
    }

    @Test
    void refuses_an_unknown_type_nested_in_a_quarantined_commit() {
        String json = """
                {"originalStream":"incident:INC-1","firstVersion":1,"eventIds":["e1"],\
                "events":[{"type":"IncidentReopened","payload":{}}],"reason":"r","quarantinedAt":"2025-03-01T12:00:00Z"}""";

        assertThatThrownBy(() -> codec.decode("CommitQuarantined", json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown event type 'IncidentReopened'");
    }

    @Test
    void refuses_an_event_class_that_has_no_registered_name() {
        record Unregistered(String what) implements DomainEvent {
        }

        assertThatThrownBy(() -> codec.encode(new Unregistered("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no stable type name");
    }

    @Test
    void refuses_a_payload_with_a_field_the_type_does_not_have() {
        String json = "{\"incidentId\":\"INC-1\",\"resolvedAt\":\"2025-03-01T12:00:00Z\",\"resolvedBy\":\"ops\"}";

        assertThatThrownBy(() -> codec.decode("IncidentResolved", json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IncidentResolved")
                .hasMessageContaining("resolvedBy");
    }

    @Test
    void refuses_a_payload_that_breaks_a_record_invariant() {
        assertThatThrownBy(() -> codec.decode("IncidentResolved", "{\"incidentId\":\" \",\"resolvedAt\":\"2025-03-01T12:00:00Z\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IncidentResolved");
    }

    @Test
    void reads_back_an_instant_written_with_nanoseconds() {
        IncidentResolved resolved = new IncidentResolved(new IncidentId("INC-1"), Instant.parse("2025-03-01T12:00:00.000000001Z"));

        assertThat(codec.decode(codec.encode(resolved))).isEqualTo(resolved);
    }
}
