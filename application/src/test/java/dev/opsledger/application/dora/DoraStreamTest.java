package dev.opsledger.application.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoraStreamTest {

    private static final Instant OPENED = Instant.parse("2025-03-01T10:00:00Z");
    private static final IncidentId INCIDENT = new IncidentId("i1");
    private static final DeploymentId D1 = new DeploymentId("d1");
    private static final DeploymentId D2 = new DeploymentId("d2");
    private static final IncidentOpened OPENING = new IncidentOpened(INCIDENT, "checkout", "production", Severity.HIGH, OPENED, Optional.of(D1));

    @Test
    void claiming_a_commit_folds_its_events_and_takes_its_last_version() {
        DoraStream claimed = DoraStream.none(INCIDENT.stream()).claim(commit(1, OPENING, new IncidentResolved(INCIDENT, OPENED.plusSeconds(60))));

        assertThat(claimed.version()).isEqualTo(2);
        assertThat(claimed.entry().orElseThrow().incident().orElseThrow().resolvedAt()).contains(OPENED.plusSeconds(60));
    }

    @Test
    void a_commit_held_already_leaves_the_stream_as_it_was() {
        DoraStream claimed = DoraStream.none(INCIDENT.stream()).claim(commit(1, OPENING));

        assertThat(claimed.claim(commit(1, OPENING))).isSameAs(claimed);
    }

    @Test
    void a_commit_that_skips_versions_is_refused() {
        DoraStream claimed = DoraStream.none(INCIDENT.stream()).claim(commit(1, OPENING));

        assertThatThrownBy(() -> claimed.claim(commit(3, new IncidentAttributed(INCIDENT, D2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skips versions");
    }

    @Test
    void an_incident_keeps_every_deployment_it_ever_blamed_so_each_later_version_reaches_them_all() {
        DoraStream claimed = DoraStream.none(INCIDENT.stream()).claim(commit(1, OPENING)).claim(commit(2, new IncidentAttributed(INCIDENT, D2)));

        assertThat(claimed.causes()).isEqualTo(Set.of(D1, D2));
        assertThat(claimed.entry().orElseThrow().incident().orElseThrow().explicitCause()).contains(D2);
    }

    @Test
    void a_deployment_keeps_the_newest_entry_of_each_incident_blaming_it_whichever_arrives_first() {
        DoraEntry first = new DoraEntry(INCIDENT.stream(), 1, List.of(OPENING));
        DoraEntry second = new DoraEntry(INCIDENT.stream(), 2, List.of(OPENING, new IncidentAttributed(INCIDENT, D2)));
        DoraStream deployment = DoraStream.none(D1.stream());

        assertThat(deployment.blamedBy(first).blamedBy(second).blamers()).containsEntry(INCIDENT.stream(), second);
        assertThat(deployment.blamedBy(second).blamedBy(first).blamers()).containsEntry(INCIDENT.stream(), second);
        assertThat(deployment.blamedBy(second).entry()).as("blamers alone do not make a deployment known").isEmpty();
    }

    private static Commit commit(long firstVersion, DomainEvent... events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int index = 0; index < events.length; index++) {
            long version = firstVersion + index;
            recorded.add(new RecordedEvent(INCIDENT.stream(), version, new EventId("i1#" + version), events[index]));
        }
        return new Commit(INCIDENT.stream(), firstVersion, OPENED, recorded);
    }
}
