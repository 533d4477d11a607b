package dev.opsledger.domain.dora;

import static dev.opsledger.domain.deployment.DeploymentOutcome.SUCCEEDED;
import static dev.opsledger.domain.dora.DoraHistory.day;
import static dev.opsledger.domain.dora.DoraHistory.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.DomainEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoraFactsTest {

    private record SomethingElseHappened() implements DomainEvent {
    }

    @Test
    void events_of_other_aggregates_change_nothing() {
        assertThat(DoraFacts.empty().apply(new SomethingElseHappened())).isEqualTo(DoraFacts.empty());
    }

    @Test
    void folding_all_events_at_once_equals_applying_them_one_by_one() {
        List<DomainEvent> events = history()
                .deployed("d1", SUCCEEDED, day(0, 9))
                .incident("i1", day(0, 10))
                .resolved("i1", day(0, 11))
                .events();

        DoraFacts oneByOne = DoraFacts.empty();
        for (DomainEvent event : events) {
            oneByOne = oneByOne.apply(event);
        }

        assertThat(oneByOne).isEqualTo(DoraFacts.of(events));
    }

    @Test
    void applying_leaves_the_earlier_facts_as_they_were() {
        DoraFacts before = history().deployed("d1", SUCCEEDED, day(0, 9)).facts();

        before.apply(new DeploymentFinished(new DeploymentId("d2"), SUCCEEDED, day(1, 0)));

        assertThat(before).isEqualTo(history().deployed("d1", SUCCEEDED, day(0, 9)).facts());
    }

    @Test
    void an_event_delivered_twice_is_recorded_once() {
        List<DomainEvent> events = history().deployed("d1", SUCCEEDED, day(0, 9)).incident("i1", day(0, 10)).events();
        DoraFacts facts = DoraFacts.of(events);

        for (DomainEvent event : events) {
            facts = facts.apply(event);
        }

        assertThat(facts).isEqualTo(DoraFacts.of(events));
        assertThat(facts.deployments()).hasSize(1);
    }

    @Test
    void an_incident_shows_once_opened_and_an_attribution_seen_earlier_still_wins_over_its_opening_cause() {
        DoraFacts attributedOnly = DoraFacts.empty()
                .apply(new IncidentAttributed(new IncidentId("i1"), new DeploymentId("attributed")));
        DoraFacts opened = attributedOnly.apply(history().incidentBlaming("i1", day(1, 0), "given-at-opening").events().getFirst());

        assertThat(attributedOnly.incidents()).isEmpty();
        assertThat(opened.incidents()).extracting(IncidentFact::explicitCause)
                .containsExactly(Optional.of(new DeploymentId("attributed")));
    }

    @Test
    void restricting_keeps_the_scope_and_the_incidents_elsewhere_that_blame_its_deployments() {
        DoraFacts facts = history()
                .deployed("ours", SUCCEEDED, day(0, 9))
                .deployedIn("search", DoraHistory.ENVIRONMENT, "theirs", SUCCEEDED, day(0, 9))
                .incident("our-incident", day(0, 10))
                .incidentIn("payments", "production", "blaming-ours", day(0, 11), Optional.of(new DeploymentId("ours")))
                .incidentIn("search", DoraHistory.ENVIRONMENT, "unrelated", day(0, 12), Optional.empty())
                .facts()
                .restrictTo(DoraHistory.days(0, 1));

        assertThat(facts.deployments()).extracting(deployment -> deployment.id().value()).containsExactly("ours");
        assertThat(facts.incidents()).extracting(incident -> incident.id().value())
                .containsExactly("our-incident", "blaming-ours");
    }

    @Test
    void merging_facts_that_hold_different_events_of_one_stream_is_refused() {
        DoraFacts one = history().incident("i1", day(0, 10)).facts();
        DoraFacts other = history().incident("i1", day(0, 11)).facts();

        assertThatThrownBy(() -> one.merge(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i1");
    }
}
