package dev.opsledger.domain.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.replication.Replication.Running;
import dev.opsledger.domain.replication.ReplicationCommand.ClearDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.RecordBatch;
import dev.opsledger.domain.replication.ReplicationCommand.ReportDivergence;
import dev.opsledger.domain.replication.ReplicationCommand.ReportFailure;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ReplicationProperties {

    private static final ReplicationRoute ROUTE = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final List<StreamId> STREAMS =
            List.of(StreamId.of("deployment", "checkout-prod"), StreamId.of("incident", "inc-7"));

    private final Decider<ReplicationCommand, Replication, ReplicationEvent> decider = ReplicationDecider.decider();

    /** The first accepted command fixes the stream's route; a tenth of the commands name the reverse route. */
    @Property(tries = 300)
    void along_any_accepted_history_the_checkpoint_never_decreases_failures_count_the_current_streak_and_marks_last_until_cleared(
            @ForAll("commands") List<ReplicationCommand> commands) {
        Replication state = decider.initialState();
        LogPosition checkpoint = LogPosition.START;
        int failuresSinceLastBatch = 0;
        Set<StreamId> marked = new HashSet<>();
        ReplicationRoute streamRoute = null;
        for (ReplicationCommand command : commands) {
            List<ReplicationEvent> events;
            try {
                events = decider.decide(command, state);
            } catch (CommandRejected rejected) {
                continue;
            }
            for (ReplicationEvent event : events) {
                state = decider.evolve(state, event);
            }
            failuresSinceLastBatch = command instanceof ReportFailure ? failuresSinceLastBatch + 1
                    : command instanceof RecordBatch ? 0 : failuresSinceLastBatch;
            switch (command) {
                case ReportDivergence report -> marked.add(report.stream());
                case ClearDivergence clear -> marked.remove(clear.stream());
                default -> { }
            }
            if (state instanceof Running running) {
                streamRoute = streamRoute == null ? running.route() : streamRoute;
                assertThat(running.route()).isEqualTo(streamRoute);
                assertThat(running.checkpoint()).isGreaterThanOrEqualTo(checkpoint);
                assertThat(running.consecutiveFailures()).isNotNegative().isEqualTo(failuresSinceLastBatch);
                assertThat(running.divergentStreams()).isEqualTo(marked);
                checkpoint = running.checkpoint();
            }
        }
    }

    @Property(tries = 300)
    void a_command_is_either_accepted_or_rejected_and_a_rejection_changes_nothing(
            @ForAll("commands") List<ReplicationCommand> commands) {
        Replication state = decider.initialState();
        List<ReplicationEvent> history = new ArrayList<>();
        for (ReplicationCommand command : commands) {
            Replication before = state;
            try {
                List<ReplicationEvent> events = decider.decide(command, state);
                for (ReplicationEvent event : events) {
                    state = decider.evolve(state, event);
                }
                history.addAll(events);
                if (command instanceof ReportFailure) {
                    assertThat(events).singleElement().isInstanceOf(ReplicationFailed.class);
                }
            } catch (CommandRejected rejected) {
                assertThat(state).isSameAs(before);
            }
            assertThat(decider.fold(history)).isEqualTo(state);
        }
    }

    @Provide
    Arbitrary<List<ReplicationCommand>> commands() {
        Arbitrary<ReplicationRoute> routes = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.just(ROUTE)),
                Tuple.of(1, Arbitraries.just(ROUTE.reversed())));
        Arbitrary<Instant> times = Arbitraries.integers().between(0, 3600).map(T0::plusSeconds);
        Arbitrary<LogPosition> positions = Arbitraries.integers().between(0, 9)
                .map(index -> new LogPosition(T0.plusSeconds(10L * index), STREAMS.get(index % 2), index));
        Arbitrary<String> digests = Arbitraries.of("9f1c", "04ab", "e77d");
        Arbitrary<ReplicationCommand> batches = Combinators.combine(routes, Arbitraries.integers().between(-1, 5),
                        positions, Arbitraries.integers().between(-1, 10).map(Duration::ofSeconds), times)
                .as(RecordBatch::new);
        Arbitrary<ReplicationCommand> divergences = Combinators.combine(routes, Arbitraries.of(STREAMS), digests, digests,
                        times)
                .as(ReportDivergence::new);
        Arbitrary<ReplicationCommand> failures = Combinators.combine(routes, Arbitraries.of("target throttled", "timeout"),
                        times)
                .as(ReportFailure::new);
        Arbitrary<ReplicationCommand> clears = Combinators.combine(routes, Arbitraries.of(STREAMS), times)
                .as(ClearDivergence::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(5, batches),
                        Tuple.of(2, divergences),
                        Tuple.of(1, clears),
                        Tuple.of(2, failures))
                .list().ofMaxSize(40);
    }
}
