package dev.opsledger.domain.dora;

import static dev.opsledger.domain.deployment.DeploymentOutcome.FAILED;
import static dev.opsledger.domain.deployment.DeploymentOutcome.ROLLED_BACK;
import static dev.opsledger.domain.deployment.DeploymentOutcome.SUCCEEDED;
import static dev.opsledger.domain.dora.DoraHistory.day;
import static dev.opsledger.domain.dora.DoraHistory.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.DeploymentId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentLinksTest {

    @Test
    void incident_without_cause_links_to_the_last_successful_deployment_finished_before_it_opened() {
        DoraHistory history = history()
                .deployed("older", SUCCEEDED, day(0, 9))
                .deployed("last", SUCCEEDED, day(1, 9))
                .deployed("after-the-incident", SUCCEEDED, day(1, 12))
                .incident("i1", day(1, 10));

        assertThat(causeOf("i1", history)).contains(new DeploymentId("last"));
    }

    @Test
    void a_deployment_finished_at_the_instant_the_incident_opened_is_its_cause() {
        DoraHistory history = history()
                .deployed("earlier", SUCCEEDED, day(0, 9))
                .deployed("same-instant", SUCCEEDED, day(1, 10))
                .incident("i1", day(1, 10));

        assertThat(causeOf("i1", history)).contains(new DeploymentId("same-instant"));
    }

    @Test
    void failed_rolled_back_and_elsewhere_deployments_are_never_implicit_causes() {
        DoraHistory history = history()
                .deployed("success", SUCCEEDED, day(0, 9))
                .deployed("failed", FAILED, day(1, 6))
                .deployed("rolled-back", ROLLED_BACK, day(1, 7))
                .deployedIn("search", DoraHistory.ENVIRONMENT, "other-service", SUCCEEDED, day(1, 8))
                .deployedIn(DoraHistory.SERVICE, "staging", "other-environment", SUCCEEDED, day(1, 9))
                .incident("i1", day(1, 10));

        assertThat(causeOf("i1", history)).contains(new DeploymentId("success"));
    }

    @Test
    void an_incident_before_any_successful_deployment_has_no_cause() {
        DoraHistory history = history()
                .incident("i1", day(0, 8))
                .deployed("later", SUCCEEDED, day(0, 9));

        assertThat(causeOf("i1", history)).isEmpty();
    }

    @Test
    void explicit_attribution_overrides_the_implicit_link() {
        DoraHistory history = history()
                .deployed("blamed", SUCCEEDED, day(0, 9))
                .deployed("last", SUCCEEDED, day(1, 9))
                .incident("i1", day(1, 10))
                .attributed("i1", "blamed");

        assertThat(causeOf("i1", history)).contains(new DeploymentId("blamed"));
    }

    @Test
    void the_latest_attribution_overrides_the_cause_given_at_opening_and_earlier_attributions() {
        DoraHistory history = history()
                .deployed("d1", SUCCEEDED, day(0, 9))
                .deployed("d2", SUCCEEDED, day(0, 10))
                .deployed("d3", SUCCEEDED, day(0, 11))
                .incidentBlaming("i1", day(1, 10), "d1")
                .attributed("i1", "d2")
                .attributed("i1", "d3");

        assertThat(causeOf("i1", history)).contains(new DeploymentId("d3"));
    }

    @Test
    void an_attribution_naming_a_deployment_not_seen_yet_still_overrides_the_implicit_link() {
        DoraHistory history = history()
                .deployed("last", SUCCEEDED, day(1, 9))
                .incident("i1", day(1, 10))
                .attributed("i1", "not-yet-seen");

        assertThat(causeOf("i1", history)).contains(new DeploymentId("not-yet-seen"));
    }

    private static Optional<DeploymentId> causeOf(String incidentId, DoraHistory history) {
        DoraFacts facts = history.facts();
        IncidentFact incident = facts.incidents().stream()
                .filter(fact -> fact.id().value().equals(incidentId))
                .findFirst()
                .orElseThrow();
        return IncidentLinks.among(facts.deployments()).causeOf(incident);
    }
}
