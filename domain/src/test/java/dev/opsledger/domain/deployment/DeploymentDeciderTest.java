package dev.opsledger.domain.deployment;

import static dev.opsledger.domain.deployment.DeploymentOutcome.FAILED;
import static dev.opsledger.domain.deployment.DeploymentOutcome.ROLLED_BACK;
import static dev.opsledger.domain.deployment.DeploymentOutcome.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.opsledger.domain.deployment.Deployment.Finished;
import dev.opsledger.domain.deployment.Deployment.InProgress;
import dev.opsledger.domain.deployment.Deployment.NotStarted;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.shared.DeciderSpec;
import dev.opsledger.domain.shared.InvalidName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentDeciderTest {

    private static final DeploymentId ID = new DeploymentId("dep-1");
    private static final DeploymentId OTHER_ID = new DeploymentId("dep-2");
    private static final Instant STARTED_AT = Instant.parse("2025-03-03T10:00:00Z");
    private static final Instant FINISHED_AT = STARTED_AT.plus(Duration.ofMinutes(12));
    private static final Change FIX = new Change("a1b2c3d", STARTED_AT.minus(Duration.ofHours(5)));
    private static final Change FEATURE = new Change("e4f5a6b", STARTED_AT.minus(Duration.ofHours(1)));
    private static final List<Change> CHANGES = List.of(FIX, FEATURE);

    private static final DeploymentStarted STARTED =
            new DeploymentStarted(ID, "checkout", "production", "v1.4.2", CHANGES, STARTED_AT);
    private static final DeploymentFinished FAILED_AT_FINISH = new DeploymentFinished(ID, FAILED, FINISHED_AT);

    private final DeciderSpec.Given<DeploymentCommand, Deployment, DeploymentEvent> spec =
            DeciderSpec.using(DeploymentDecider.decider());

    private static StartDeployment start(String service, String environment, String version, List<Change> changes) {
        return new StartDeployment(ID, service, environment, version, changes, STARTED_AT);
    }

    private static StartDeployment start() {
        return start("checkout", "production", "v1.4.2", CHANGES);
    }

    private static RecordDeployment record(String service, String environment, String version, List<Change> changes,
            Instant finishedAt) {
        return new RecordDeployment(ID, service, environment, version, changes, STARTED_AT, SUCCEEDED, finishedAt);
    }

    @Nested
    class Starting {

        @Test
        void starts_a_deployment_that_has_not_started() {
            Deployment state = spec.given().when(start()).then(STARTED);

            assertThat(state).isEqualTo(
                    new InProgress(ID, "checkout", "production", "v1.4.2", CHANGES, STARTED_AT));
        }

        @Test
        void accepts_a_change_committed_at_the_instant_the_deployment_started() {
            Change lastMinute = new Change("0c0ffee", STARTED_AT);

            spec.given().when(start("checkout", "production", "v1.4.2", List.of(lastMinute)))
                    .then(new DeploymentStarted(ID, "checkout", "production", "v1.4.2", List.of(lastMinute), STARTED_AT));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u00a0", "\u200b"})
        void refuses_a_deployment_without_a_service_at_construction(String invisible) {
            assertThatThrownBy(() -> start(invisible, "production", "v1.4.2", CHANGES))
                    .isInstanceOf(InvalidName.class)
                    .hasMessageStartingWith("service must");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u00a0", "\u200b"})
        void refuses_a_deployment_without_an_environment_at_construction(String invisible) {
            assertThatThrownBy(() -> record("checkout", invisible, "v1.4.2", CHANGES, FINISHED_AT))
                    .isInstanceOf(InvalidName.class)
                    .hasMessageStartingWith("environment must");
        }

        @Test
        void records_the_names_in_their_composed_spelling() {
            spec.given().when(start("cafe\u0301", "production", "v1.4.2", CHANGES))
                    .then(new DeploymentStarted(ID, "caf\u00e9", "production", "v1.4.2", CHANGES, STARTED_AT));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void rejects_a_deployment_without_a_version(String blank) {
            spec.given().when(start("checkout", "production", blank, CHANGES))
                    .thenRejects("deployment dep-1 must have a non-blank version");
        }

        @Test
        void rejects_a_deployment_that_ships_no_change() {
            spec.given().when(start("checkout", "production", "v1.4.2", List.of()))
                    .thenRejects("deployment dep-1 must ship at least one change");
        }

        @Test
        void rejects_a_change_committed_after_the_deployment_started() {
            Change tooLate = new Change("bad1dea", STARTED_AT.plusSeconds(1));

            spec.given().when(start("checkout", "production", "v1.4.2", List.of(FIX, tooLate)))
                    .thenRejects("deployment dep-1 cannot ship commit bad1dea committed at 2025-03-03T10:00:01Z,"
                            + " after the deployment started at 2025-03-03T10:00:00Z");
        }

        @Test
        void rejects_a_commit_listed_twice() {
            spec.given().when(start("checkout", "production", "v1.4.2", List.of(FIX, FEATURE, FIX)))
                    .thenRejects("deployment dep-1 lists commit a1b2c3d more than once");
        }

        @Test
        void rejects_a_second_start_of_the_same_deployment() {
            spec.given(STARTED).when(start())
                    .thenRejects("deployment dep-1 was already started at 2025-03-03T10:00:00Z");
        }

        @Test
        void rejects_a_start_after_the_deployment_finished() {
            spec.given(STARTED, FAILED_AT_FINISH).when(start())
                    .thenRejects("deployment dep-1 was already started at 2025-03-03T10:00:00Z");
        }

        @Test
        void rejects_a_start_sent_to_another_deployment() {
            spec.given(STARTED)
                    .when(new StartDeployment(OTHER_ID, "checkout", "production", "v2", CHANGES, FINISHED_AT))
                    .thenRejects("deployment dep-2 cannot be decided on the state of deployment dep-1");
        }
    }

    @Nested
    class Finishing {

        @ParameterizedTest
        @EnumSource(DeploymentOutcome.class)
        void finishes_a_deployment_in_progress_with_its_outcome(DeploymentOutcome outcome) {
            Deployment state = spec.given(STARTED).when(new FinishDeployment(ID, outcome, FINISHED_AT))
                    .then(new DeploymentFinished(ID, outcome, FINISHED_AT));

            assertThat(state).isEqualTo(new Finished(
                    new InProgress(ID, "checkout", "production", "v1.4.2", CHANGES, STARTED_AT), outcome, FINISHED_AT));
        }

        @Test
        void finishes_at_the_instant_it_started() {
            spec.given(STARTED).when(new FinishDeployment(ID, SUCCEEDED, STARTED_AT))
                    .then(new DeploymentFinished(ID, SUCCEEDED, STARTED_AT));
        }

        @Test
        void rejects_a_finish_before_the_deployment_started() {
            spec.given().when(new FinishDeployment(ID, SUCCEEDED, FINISHED_AT))
                    .thenRejects("deployment dep-1 has not started, so it cannot finish");
        }

        @Test
        void rejects_a_finish_earlier_than_the_start() {
            spec.given(STARTED).when(new FinishDeployment(ID, SUCCEEDED, STARTED_AT.minusMillis(1)))
                    .thenRejects("deployment dep-1 cannot finish at 2025-03-03T09:59:59.999Z,"
                            + " before it started at 2025-03-03T10:00:00Z");
        }

        @Test
        void rejects_a_second_finish_of_the_same_deployment() {
            spec.given(STARTED, FAILED_AT_FINISH).when(new FinishDeployment(ID, SUCCEEDED, FINISHED_AT.plusSeconds(60)))
                    .thenRejects("deployment dep-1 already finished as FAILED at 2025-03-03T10:12:00Z");
        }

        @Test
        void rejects_a_finish_sent_to_another_deployment() {
            spec.given(STARTED).when(new FinishDeployment(OTHER_ID, SUCCEEDED, FINISHED_AT))
                    .thenRejects("deployment dep-2 cannot be decided on the state of deployment dep-1");
        }
    }

    @Nested
    class Recording {

        @Test
        void records_a_finished_deployment_as_a_start_and_a_finish_in_one_commit() {
            Deployment state = spec.given()
                    .when(record("checkout", "production", "v1.4.2", CHANGES, FINISHED_AT))
                    .then(STARTED, new DeploymentFinished(ID, SUCCEEDED, FINISHED_AT));

            assertThat(state).isInstanceOf(Finished.class);
        }

        static Stream<Arguments> invalidRecords() {
            Change afterStart = new Change("bad1dea", STARTED_AT.plusSeconds(1));
            return Stream.of(
                    arguments(named("a blank version", record("checkout", "production", "", CHANGES, FINISHED_AT)),
                            "deployment dep-1 must have a non-blank version"),
                    arguments(named("no change", record("checkout", "production", "v1", List.of(), FINISHED_AT)),
                            "deployment dep-1 must ship at least one change"),
                    arguments(named("a change committed after the start",
                                    record("checkout", "production", "v1", List.of(afterStart), FINISHED_AT)),
                            "deployment dep-1 cannot ship commit bad1dea"),
                    arguments(named("a finish before the start",
                                    record("checkout", "production", "v1", CHANGES, STARTED_AT.minusSeconds(1))),
                            "deployment dep-1 cannot finish at 2025-03-03T09:59:59Z"));
        }

        @ParameterizedTest(name = "rejects a recorded deployment with {0}")
        @MethodSource("invalidRecords")
        void rejects_a_recorded_deployment_that_breaks_a_rule(RecordDeployment invalid, String rule) {
            spec.given().when(invalid).thenRejects(rule);
        }

        @Test
        void rejects_recording_a_deployment_that_was_already_started() {
            spec.given(STARTED).when(record("checkout", "production", "v1.4.2", CHANGES, FINISHED_AT))
                    .thenRejects("deployment dep-1 was already started at 2025-03-03T10:00:00Z");
        }

        @Test
        void rejects_recording_a_deployment_that_already_finished() {
            spec.given(STARTED, FAILED_AT_FINISH).when(record("checkout", "production", "v1.4.2", CHANGES, FINISHED_AT))
                    .thenRejects("deployment dep-1 was already started at 2025-03-03T10:00:00Z");
        }
    }

    @Nested
    class Evolving {

        @Test
        void a_finish_without_a_start_is_a_corrupt_log() {
            assertCorrupt(new NotStarted(), FAILED_AT_FINISH);
        }

        @Test
        void a_second_start_is_a_corrupt_log() {
            assertCorrupt(DeploymentDecider.evolve(new NotStarted(), STARTED), STARTED);
        }

        @Test
        void a_second_finish_is_a_corrupt_log() {
            assertCorrupt(DeploymentDecider.decider().fold(List.of(STARTED, FAILED_AT_FINISH)), FAILED_AT_FINISH);
        }

        @Test
        void a_finish_of_another_deployment_is_a_corrupt_log() {
            assertCorrupt(DeploymentDecider.evolve(new NotStarted(), STARTED),
                    new DeploymentFinished(OTHER_ID, SUCCEEDED, FINISHED_AT));
        }

        private void assertCorrupt(Deployment state, DeploymentEvent event) {
            assertThatThrownBy(() -> DeploymentDecider.evolve(state, event))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is corrupt");
        }
    }

    @Test
    void lead_time_runs_from_each_commit_to_the_successful_finish() {
        Finished finished = (Finished) DeploymentDecider.decider()
                .fold(List.of(STARTED, new DeploymentFinished(ID, SUCCEEDED, FINISHED_AT)));

        assertThat(finished.leadTimes()).containsExactly(
                Duration.ofHours(5).plusMinutes(12), Duration.ofHours(1).plusMinutes(12));
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentOutcome.class, names = {"FAILED", "ROLLED_BACK"})
    void a_deployment_that_did_not_succeed_delivers_no_lead_time(DeploymentOutcome outcome) {
        Finished finished = (Finished) DeploymentDecider.decider()
                .fold(List.of(STARTED, new DeploymentFinished(ID, outcome, FINISHED_AT)));

        assertThat(finished.leadTimes()).isEmpty();
    }

    @Test
    void a_command_missing_a_part_fails_at_construction_naming_it() {
        assertThatNullPointerException()
                .isThrownBy(() -> new FinishDeployment(ID, ROLLED_BACK, null))
                .withMessage("finishedAt");
    }
}
