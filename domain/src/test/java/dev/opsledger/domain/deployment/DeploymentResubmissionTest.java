package dev.opsledger.domain.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentResubmissionTest {

    private static final DeploymentId ID = new DeploymentId("dep-1");
    private static final Instant STARTED_AT = Instant.parse("2025-03-03T10:00:00Z");
    private static final Instant FINISHED_AT = Instant.parse("2025-03-03T10:07:00Z");
    private static final List<Change> CHANGES = List.of(new Change("a1b2c3d", Instant.parse("2025-03-03T08:00:00Z")));
    private static final DeploymentStarted STARTED =
            new DeploymentStarted(ID, "checkout", "production", "v7", CHANGES, STARTED_AT);
    private static final DeploymentFinished FINISHED =
            new DeploymentFinished(ID, DeploymentOutcome.ROLLED_BACK, FINISHED_AT);

    @Test
    void a_start_and_a_finish_in_one_commit_come_from_recording_the_deployment() {
        assertThat(DeploymentResubmission.commandsFor(List.of(STARTED, FINISHED))).containsExactly(
                new RecordDeployment(ID, "checkout", "production", "v7", CHANGES, STARTED_AT,
                        DeploymentOutcome.ROLLED_BACK, FINISHED_AT));
    }

    @Test
    void a_start_alone_comes_from_starting_the_deployment() {
        assertThat(DeploymentResubmission.commandsFor(List.of(STARTED))).containsExactly(
                new StartDeployment(ID, "checkout", "production", "v7", CHANGES, STARTED_AT));
    }

    @Test
    void a_finish_alone_comes_from_finishing_the_deployment() {
        assertThat(DeploymentResubmission.commandsFor(List.of(FINISHED))).containsExactly(
                new FinishDeployment(ID, DeploymentOutcome.ROLLED_BACK, FINISHED_AT));
    }

    @Test
    void an_empty_commit_needs_no_command() {
        assertThat(DeploymentResubmission.commandsFor(List.of())).isEmpty();
    }
}
