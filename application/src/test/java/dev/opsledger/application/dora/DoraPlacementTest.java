package dev.opsledger.application.dora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.dora.DoraShelf.Kind;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoraPlacementTest {

    private static final Instant STARTED = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant FINISHED = STARTED.plus(Duration.ofMinutes(20));
    private static final DeploymentId D1 = new DeploymentId("d1");
    private static final Change COMMITTED_BEFORE = new Change("aaaa1111", STARTED.minus(Duration.ofHours(3)));

    @Test
    void a_success_sits_on_its_services_succeeded_shelf_at_its_finish_and_keeps_its_blamers_there() {
        DoraEntry success = deployment(Optional.of(DeploymentOutcome.SUCCEEDED), COMMITTED_BEFORE);
        DoraPlace finish = new DoraPlace(new DoraShelf(Kind.SUCCEEDED, "checkout", "production"), FINISHED);

        assertThat(DoraPlacement.of(success)).containsExactly(finish);
        assertThat(DoraPlacement.besideDeployment(success)).contains(finish);
    }

    @Test
    void a_failed_or_rolled_back_deployment_sits_with_the_others_at_its_finish() {
        DoraPlace finish = new DoraPlace(new DoraShelf(Kind.OTHERS, "checkout", "production"), FINISHED);

        for (DeploymentOutcome outcome : List.of(DeploymentOutcome.FAILED, DeploymentOutcome.ROLLED_BACK)) {
            assertThat(DoraPlacement.of(deployment(Optional.of(outcome), COMMITTED_BEFORE))).containsExactly(finish);
        }
    }

    @Test
    void a_deployment_not_finished_yet_sits_on_no_shelf() {
        DoraEntry running = deployment(Optional.empty(), COMMITTED_BEFORE);

        assertThat(DoraPlacement.of(running)).isEmpty();
        assertThat(DoraPlacement.besideDeployment(running)).isEmpty();
    }

    @Test
    void a_success_that_finished_before_a_change_was_committed_also_sits_early_at_that_commit_time_once() {
        Instant skewed = FINISHED.plus(Duration.ofMinutes(5));
        DoraEntry success = deployment(Optional.of(DeploymentOutcome.SUCCEEDED),
                COMMITTED_BEFORE, new Change("bbbb2222", skewed), new Change("cccc3333", skewed));

        assertThat(DoraPlacement.of(success)).containsExactly(
                new DoraPlace(new DoraShelf(Kind.SUCCEEDED, "checkout", "production"), FINISHED),
                new DoraPlace(new DoraShelf(Kind.EARLY, "checkout", "production"), skewed));
    }

    @Test
    void an_incident_sits_with_its_services_others_at_its_opening_whatever_it_blames() {
        IncidentId incident = new IncidentId("i1");
        DoraEntry opened = new DoraEntry(incident.stream(), 1, List.of(
                new IncidentOpened(incident, "search", "production", Severity.HIGH, STARTED, Optional.of(D1))));

        assertThat(DoraPlacement.of(opened)).containsExactly(new DoraPlace(new DoraShelf(Kind.OTHERS, "search", "production"), STARTED));
        assertThat(DoraPlacement.besideDeployment(opened)).isEmpty();
    }

    private static DoraEntry deployment(Optional<DeploymentOutcome> outcome, Change... changes) {
        List<DomainEvent> events = new ArrayList<>(List.of(new DeploymentStarted(D1, "checkout", "production", "v1", List.of(changes), STARTED)));
        outcome.ifPresent(finished -> events.add(new DeploymentFinished(D1, finished, FINISHED)));
        return new DoraEntry(D1.stream(), events.size(), events);
    }
}
