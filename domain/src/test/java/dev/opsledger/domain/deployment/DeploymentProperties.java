package dev.opsledger.domain.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.Deployment.Finished;
import dev.opsledger.domain.deployment.Deployment.InProgress;
import dev.opsledger.domain.deployment.Deployment.NotStarted;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.RecordDeployment;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class DeploymentProperties {

    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private final Decider<DeploymentCommand, Deployment, DeploymentEvent> decider = DeploymentDecider.decider();

    @Property
    void folding_the_events_of_any_valid_history_gives_a_valid_deployment(
            @ForAll("validHistories") List<DeploymentCommand> commands) {
        Deployment state = decider.initialState();
        List<DeploymentEvent> history = new ArrayList<>();
        for (DeploymentCommand command : commands) {
            List<DeploymentEvent> events = decider.decide(command, state);
            history.addAll(events);
            state = evolveAll(state, events);
        }

        assertThat(decider.fold(history)).isEqualTo(state);
        assertValid(state);
    }

    @Property
    void resubmitting_a_commit_on_the_state_before_it_reproduces_the_commit_exactly(
            @ForAll("validHistories") List<DeploymentCommand> commands) {
        Deployment state = decider.initialState();
        for (DeploymentCommand command : commands) {
            List<DeploymentEvent> commit = decider.decide(command, state);

            List<DeploymentEvent> reproduced = new ArrayList<>();
            Deployment replayed = state;
            for (DeploymentCommand resubmitted : DeploymentResubmission.commandsFor(commit)) {
                List<DeploymentEvent> events = decider.decide(resubmitted, replayed);
                reproduced.addAll(events);
                replayed = evolveAll(replayed, events);
            }

            assertThat(reproduced).isEqualTo(commit);
            state = evolveAll(state, commit);
        }
    }

    @Property
    void any_command_is_either_decided_or_rejected_and_a_rejection_changes_nothing(
            @ForAll("arbitraryCommands") List<DeploymentCommand> commands) {
        Deployment state = decider.initialState();
        List<DeploymentEvent> history = new ArrayList<>();
        for (DeploymentCommand command : commands) {
            try {
                List<DeploymentEvent> events = decider.decide(command, state);
                history.addAll(events);
                state = evolveAll(state, events);
                Statistics.collect("decided");
            } catch (CommandRejected rejected) {
                assertThat(decider.fold(history)).isEqualTo(state);
                Statistics.collect("rejected");
            }
            assertValid(state);
        }
        Statistics.coverage(coverage -> {
            coverage.check("decided").count(count -> count > 0);
            coverage.check("rejected").count(count -> count > 0);
        });
    }

    private Deployment evolveAll(Deployment state, List<DeploymentEvent> events) {
        Deployment next = state;
        for (DeploymentEvent event : events) {
            next = decider.evolve(next, event);
        }
        return next;
    }

    private static void assertValid(Deployment state) {
        switch (state) {
            case NotStarted notStarted -> {
            }
            case InProgress run -> assertValidRun(run);
            case Finished finished -> {
                assertValidRun(finished.run());
                assertThat(finished.finishedAt()).isAfterOrEqualTo(finished.run().startedAt());
                assertThat(finished.leadTimes()).allSatisfy(leadTime -> assertThat(leadTime).isGreaterThanOrEqualTo(Duration.ZERO));
            }
        }
    }

    private static void assertValidRun(InProgress run) {
        assertThat(List.of(run.service(), run.environment(), run.version())).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(run.changes()).isNotEmpty()
                .allSatisfy(change -> assertThat(change.committedAt()).isBeforeOrEqualTo(run.startedAt()));
    }

    enum Shape { RECORDED, STARTED_ONLY, STARTED_THEN_FINISHED }

    record Commit(String sha, Duration ageAtStart) {
    }

    record Run(DeploymentId id, String service, String environment, String version, List<Commit> commits,
            Instant startedAt, DeploymentOutcome outcome, Duration duration) {

        List<DeploymentCommand> commands(Shape shape) {
            List<Change> changes = commits.stream()
                    .map(commit -> new Change(commit.sha(), startedAt.minus(commit.ageAtStart())))
                    .toList();
            Instant finishedAt = startedAt.plus(duration);
            return switch (shape) {
                case RECORDED -> List.of(new RecordDeployment(
                        id, service, environment, version, changes, startedAt, outcome, finishedAt));
                case STARTED_ONLY -> List.of(new StartDeployment(id, service, environment, version, changes, startedAt));
                case STARTED_THEN_FINISHED -> List.of(
                        new StartDeployment(id, service, environment, version, changes, startedAt),
                        new FinishDeployment(id, outcome, finishedAt));
            };
        }
    }

    /** One deployment's commands in the order a deployer issues them: commits, then start, then finish. */
    @Provide
    Arbitrary<List<DeploymentCommand>> validHistories() {
        Arbitrary<List<Commit>> commits = Combinators.combine(
                        Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(7).ofMaxLength(40),
                        Arbitraries.longs().between(0, 30L * 24 * 3600).map(Duration::ofSeconds))
                .as(Commit::new).list().ofMinSize(1).ofMaxSize(5).uniqueElements(Commit::sha);
        Arbitrary<Run> runs = Combinators.combine(
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(DeploymentId::new),
                        Arbitraries.of("checkout", "payments", "search"),
                        Arbitraries.of("production", "staging"),
                        Arbitraries.integers().between(1, 500).map(release -> "v" + release),
                        commits,
                        Arbitraries.longs().between(0, 365L * 24 * 3600).map(EPOCH::plusSeconds),
                        Arbitraries.of(DeploymentOutcome.class),
                        Arbitraries.longs().between(0, 6 * 3600).map(Duration::ofSeconds))
                .as(Run::new);
        return Combinators.combine(runs, Arbitraries.of(Shape.class)).as(Run::commands);
    }

    /**
     * Commands close together in time, on two ids, with blank versions: many break a rule, many do not.
     * Names are always well formed: a malformed one cannot make a command at all.
     */
    @Provide
    Arbitrary<List<DeploymentCommand>> arbitraryCommands() {
        Arbitrary<DeploymentId> ids = Arbitraries.of(new DeploymentId("dep-1"), new DeploymentId("dep-2"));
        Arbitrary<String> names = Arbitraries.of("checkout", "production");
        Arbitrary<String> texts = Arbitraries.frequency(Tuple.of(1, ""), Tuple.of(1, " "), Tuple.of(8, "v1"));
        Arbitrary<Instant> times = Arbitraries.longs().between(10, 30).map(EPOCH::plusSeconds);
        Arbitrary<Instant> commitTimes = Arbitraries.longs().between(0, 15).map(EPOCH::plusSeconds);
        Arbitrary<List<Change>> changes = Combinators.combine(Arbitraries.of("a1b2c3d", "e4f5a6b"), commitTimes)
                .as(Change::new).list().ofMaxSize(2);
        Arbitrary<DeploymentOutcome> outcomes = Arbitraries.of(DeploymentOutcome.class);
        Arbitrary<DeploymentCommand> starts = Combinators.combine(ids, names, names, texts, changes, times)
                .as(StartDeployment::new);
        Arbitrary<DeploymentCommand> finishes = Combinators.combine(ids, outcomes, times).as(FinishDeployment::new);
        Arbitrary<DeploymentCommand> records = Combinators.combine(ids, names, names, texts, changes, times, outcomes, times)
                .as(RecordDeployment::new);
        return Arbitraries.oneOf(starts, finishes, records).list().ofMinSize(1).ofMaxSize(6);
    }
}
