package dev.opsledger.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.Incident.Open;
import dev.opsledger.domain.incident.Incident.Resolved;
import dev.opsledger.domain.incident.Incident.Unreported;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.shared.DeciderSpec;
import dev.opsledger.domain.shared.InvalidName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentDeciderTest {

    private static final IncidentId ID = new IncidentId("inc-1");
    private static final IncidentId OTHER_ID = new IncidentId("inc-2");
    private static final DeploymentId BAD_RELEASE = new DeploymentId("dep-41");
    private static final DeploymentId REAL_CULPRIT = new DeploymentId("dep-42");
    private static final Instant OPENED_AT = Instant.parse("2025-03-03T11:00:00Z");
    private static final Instant RESOLVED_AT = OPENED_AT.plus(Duration.ofMinutes(45));

    private static final IncidentOpened OPENED =
            new IncidentOpened(ID, "checkout", "production", Severity.HIGH, OPENED_AT, Optional.of(BAD_RELEASE));
    private static final IncidentResolved RESOLVED = new IncidentResolved(ID, RESOLVED_AT);
    private static final Open OPEN =
            new Open(ID, "checkout", "production", Severity.HIGH, OPENED_AT, Optional.of(BAD_RELEASE));

    private final DeciderSpec.Given<IncidentCommand, Incident, IncidentEvent> spec =
            DeciderSpec.using(IncidentDecider.decider());

    private static OpenIncident open(String service, String environment, Optional<DeploymentId> cause) {
        return new OpenIncident(ID, service, environment, Severity.HIGH, OPENED_AT, cause);
    }

    @Nested
    class Opening {

        @Test
        void opens_an_unreported_incident_with_the_cause_its_reporter_gives() {
            Incident state = spec.given().when(open("checkout", "production", Optional.of(BAD_RELEASE))).then(OPENED);

            assertThat(state).isEqualTo(OPEN);
        }

        @Test
        void opens_an_incident_without_a_cause_for_the_projection_to_link() {
            spec.given().when(open("checkout", "production", Optional.empty())).then(
                    new IncidentOpened(ID, "checkout", "production", Severity.HIGH, OPENED_AT, Optional.empty()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "\u00a0", "\u200b"})
        void refuses_an_incident_without_a_service_at_construction(String invisible) {
            assertThatThrownBy(() -> open(invisible, "production", Optional.empty()))
                    .isInstanceOf(InvalidName.class)
                    .hasMessageStartingWith("service must");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "\u00a0", "\u200b"})
        void refuses_an_incident_without_an_environment_at_construction(String invisible) {
            assertThatThrownBy(() -> open("checkout", invisible, Optional.empty()))
                    .isInstanceOf(InvalidName.class)
                    .hasMessageStartingWith("environment must");
        }

        @Test
        void records_the_names_in_their_composed_spelling() {
            spec.given().when(open("cafe\u0301", "production", Optional.empty())).then(
                    new IncidentOpened(ID, "caf\u00e9", "production", Severity.HIGH, OPENED_AT, Optional.empty()));
        }

        @Test
        void rejects_an_incident_without_a_severity_at_construction() {
            assertThatNullPointerException()
                    .isThrownBy(() -> new OpenIncident(ID, "checkout", "production", null, OPENED_AT, Optional.empty()))
                    .withMessage("severity");
        }

        @Test
        void rejects_opening_an_incident_twice() {
            spec.given(OPENED).when(open("checkout", "production", Optional.empty()))
                    .thenRejects("incident inc-1 was already opened at 2025-03-03T11:00:00Z");
        }

        @Test
        void rejects_reopening_a_resolved_incident() {
            spec.given(OPENED, RESOLVED).when(open("checkout", "production", Optional.empty()))
                    .thenRejects("incident inc-1 was already opened at 2025-03-03T11:00:00Z");
        }

        @Test
        void rejects_an_opening_sent_to_another_incident() {
            spec.given(OPENED)
                    .when(new OpenIncident(OTHER_ID, "checkout", "production", Severity.LOW, OPENED_AT, Optional.empty()))
                    .thenRejects("incident inc-2 cannot be decided on the state of incident inc-1");
        }
    }

    @Nested
    class Resolving {

        @Test
        void resolves_an_open_incident_and_keeps_its_cause() {
            Incident state = spec.given(OPENED).when(new ResolveIncident(ID, RESOLVED_AT)).then(RESOLVED);

            assertThat(state).isEqualTo(new Resolved(OPEN, RESOLVED_AT));
            assertThat(((Resolved) state).incident().cause()).contains(BAD_RELEASE);
        }

        @Test
        void resolves_at_the_instant_it_opened() {
            spec.given(OPENED).when(new ResolveIncident(ID, OPENED_AT)).then(new IncidentResolved(ID, OPENED_AT));
        }

        @Test
        void rejects_resolving_an_incident_that_was_never_opened() {
            spec.given().when(new ResolveIncident(ID, RESOLVED_AT))
                    .thenRejects("incident inc-1 has not been opened, so it cannot be resolved");
        }

        @Test
        void rejects_a_resolution_before_the_incident_opened() {
            spec.given(OPENED).when(new ResolveIncident(ID, OPENED_AT.minusSeconds(1)))
                    .thenRejects("incident inc-1 cannot be resolved at 2025-03-03T10:59:59Z,"
                            + " before it opened at 2025-03-03T11:00:00Z");
        }

        @Test
        void rejects_a_second_resolution_of_the_same_incident() {
            spec.given(OPENED, RESOLVED).when(new ResolveIncident(ID, RESOLVED_AT.plusSeconds(60)))
                    .thenRejects("incident inc-1 was already resolved at 2025-03-03T11:45:00Z");
        }

        @Test
        void rejects_a_resolution_sent_to_another_incident() {
            spec.given(OPENED).when(new ResolveIncident(OTHER_ID, RESOLVED_AT))
                    .thenRejects("incident inc-2 cannot be decided on the state of incident inc-1");
        }
    }

    @Nested
    class Attributing {

        @Test
        void attributes_an_open_incident_without_a_cause_to_a_deployment() {
            IncidentOpened openedWithoutCause =
                    new IncidentOpened(ID, "checkout", "production", Severity.HIGH, OPENED_AT, Optional.empty());

            Incident state = spec.given(openedWithoutCause).when(new AttributeIncident(ID, REAL_CULPRIT))
                    .then(new IncidentAttributed(ID, REAL_CULPRIT));

            assertThat(((Open) state).cause()).contains(REAL_CULPRIT);
        }

        @Test
        void overrides_the_cause_given_when_the_incident_opened() {
            Incident state = spec.given(OPENED).when(new AttributeIncident(ID, REAL_CULPRIT))
                    .then(new IncidentAttributed(ID, REAL_CULPRIT));

            assertThat(state).isEqualTo(OPEN.withCause(REAL_CULPRIT));
        }

        @Test
        void attributes_a_resolved_incident_which_stays_resolved() {
            Incident state = spec.given(OPENED, RESOLVED).when(new AttributeIncident(ID, REAL_CULPRIT))
                    .then(new IncidentAttributed(ID, REAL_CULPRIT));

            assertThat(state).isEqualTo(new Resolved(OPEN.withCause(REAL_CULPRIT), RESOLVED_AT));
        }

        @Test
        void attributing_an_open_incident_to_the_cause_it_has_records_nothing() {
            Incident state = spec.given(OPENED).when(new AttributeIncident(ID, BAD_RELEASE)).then();

            assertThat(state).isEqualTo(OPEN);
        }

        @Test
        void attributing_a_resolved_incident_again_to_the_same_cause_records_nothing() {
            spec.given(OPENED, RESOLVED, new IncidentAttributed(ID, REAL_CULPRIT))
                    .when(new AttributeIncident(ID, REAL_CULPRIT))
                    .then();
        }

        @Test
        void rejects_attributing_an_incident_that_was_never_opened() {
            spec.given().when(new AttributeIncident(ID, REAL_CULPRIT))
                    .thenRejects("incident inc-1 has not been opened, so it cannot be attributed to a deployment");
        }

        @Test
        void rejects_an_attribution_sent_to_another_incident() {
            spec.given(OPENED).when(new AttributeIncident(OTHER_ID, REAL_CULPRIT))
                    .thenRejects("incident inc-2 cannot be decided on the state of incident inc-1");
        }
    }

    @Nested
    class Evolving {

        @Test
        void a_resolution_of_an_unreported_incident_is_a_corrupt_log() {
            assertCorrupt(new Unreported(), RESOLVED);
        }

        @Test
        void an_attribution_of_an_unreported_incident_is_a_corrupt_log() {
            assertCorrupt(new Unreported(), new IncidentAttributed(ID, REAL_CULPRIT));
        }

        @Test
        void a_second_opening_is_a_corrupt_log() {
            assertCorrupt(OPEN, OPENED);
        }

        @Test
        void a_second_resolution_is_a_corrupt_log() {
            assertCorrupt(new Resolved(OPEN, RESOLVED_AT), RESOLVED);
        }

        @Test
        void an_event_of_another_incident_is_a_corrupt_log() {
            assertCorrupt(OPEN, new IncidentResolved(OTHER_ID, RESOLVED_AT));
            assertCorrupt(new Resolved(OPEN, RESOLVED_AT), new IncidentAttributed(OTHER_ID, REAL_CULPRIT));
        }

        private void assertCorrupt(Incident state, IncidentEvent event) {
            assertThatThrownBy(() -> IncidentDecider.evolve(state, event))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is corrupt");
        }
    }

    @Test
    void time_to_restore_runs_from_opening_to_resolution() {
        Resolved resolved = (Resolved) IncidentDecider.decider().fold(List.of(OPENED, RESOLVED));

        assertThat(resolved.timeToRestore()).isEqualTo(Duration.ofMinutes(45));
    }
}
