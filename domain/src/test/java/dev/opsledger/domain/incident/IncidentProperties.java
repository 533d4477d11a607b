package dev.opsledger.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.Incident.Open;
import dev.opsledger.domain.incident.Incident.Resolved;
import dev.opsledger.domain.incident.Incident.Unreported;
import dev.opsledger.domain.incident.IncidentCommand.AttributeIncident;
import dev.opsledger.domain.incident.IncidentCommand.OpenIncident;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class IncidentProperties {

    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final Arbitrary<DeploymentId> CAUSES =
            Arbitraries.of(new DeploymentId("dep-1"), new DeploymentId("dep-2"), new DeploymentId("dep-3"));

    private final Decider<IncidentCommand, Incident, IncidentEvent> decider = IncidentDecider.decider();

    @Property
    void folding_the_events_of_any_valid_history_gives_a_valid_incident_blaming_the_latest_cause(
            @ForAll("validHistories") List<IncidentCommand> commands) {
        Incident state = decider.initialState();
        List<IncidentEvent> history = new ArrayList<>();
        for (IncidentCommand command : commands) {
            List<IncidentEvent> events = decider.decide(command, state);
            history.addAll(events);
            state = evolveAll(state, events);
        }

        assertThat(decider.fold(history)).isEqualTo(state);
        assertValid(state);
        assertThat(causeOf(state)).isEqualTo(latestCauseNamedBy(commands));
        assertThat(state instanceof Resolved).isEqualTo(commands.stream().anyMatch(ResolveIncident.class::isInstance));
    }

    @Property
    void resubmitting_a_commit_on_the_state_before_it_reproduces_the_commit_exactly(
            @ForAll("validHistories") List<IncidentCommand> commands) {
        Incident state = decider.initialState();
        for (IncidentCommand command : commands) {
            List<IncidentEvent> commit = decider.decide(command, state);

            List<IncidentEvent> reproduced = new ArrayList<>();
            Incident replayed = state;
            for (IncidentCommand resubmitted : IncidentResubmission.commandsFor(commit)) {
                List<IncidentEvent> events = decider.decide(resubmitted, replayed);
                reproduced.addAll(events);
                replayed = evolveAll(replayed, events);
            }

            assertThat(reproduced).isEqualTo(commit);
            state = evolveAll(state, commit);
        }
    }

    @Property
    void any_command_is_either_decided_or_rejected_and_a_rejection_changes_nothing(
            @ForAll("arbitraryCommands") List<IncidentCommand> commands) {
        Incident state = decider.initialState();
        List<IncidentEvent> history = new ArrayList<>();
        for (IncidentCommand command : commands) {
            try {
                List<IncidentEvent> events = decider.decide(command, state);
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

    private Incident evolveAll(Incident state, List<IncidentEvent> events) {
        Incident next = state;
        for (IncidentEvent event : events) {
            next = decider.evolve(next, event);
        }
        return next;
    }

    private static void assertValid(Incident state) {
        switch (state) {
            case Unreported unreported -> {
            }
            case Open open -> assertValidOpen(open);
            case Resolved resolved -> {
                assertValidOpen(resolved.incident());
                assertThat(resolved.resolvedAt()).isAfterOrEqualTo(resolved.incident().openedAt());
                assertThat(resolved.timeToRestore()).isGreaterThanOrEqualTo(Duration.ZERO);
            }
        }
    }

    private static void assertValidOpen(Open open) {
        assertThat(open.service()).isNotBlank();
        assertThat(open.environment()).isNotBlank();
    }

    private static Optional<DeploymentId> causeOf(Incident state) {
        return switch (state) {
            case Unreported unreported -> Optional.empty();
            case Open open -> open.cause();
            case Resolved resolved -> resolved.incident().cause();
        };
    }

    private static Optional<DeploymentId> latestCauseNamedBy(List<IncidentCommand> commands) {
        Optional<DeploymentId> cause = Optional.empty();
        for (IncidentCommand command : commands) {
            switch (command) {
                case OpenIncident open -> cause = open.cause();
                case AttributeIncident attribute -> cause = Optional.of(attribute.cause());
                case ResolveIncident resolve -> {
                }
            }
        }
        return cause;
    }

    enum Kind { ATTRIBUTE, RESOLVE }

    record Step(Kind kind, DeploymentId cause, Duration delay) {
    }

    /** An opening, then attributions and at most one resolution, each no earlier than the one before. */
    @Provide
    Arbitrary<List<IncidentCommand>> validHistories() {
        Arbitrary<OpenIncident> openings = Combinators.combine(
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(IncidentId::new),
                        Arbitraries.of("checkout", "payments", "search"),
                        Arbitraries.of("production", "staging"),
                        Arbitraries.of(Severity.class),
                        Arbitraries.longs().between(0, 365L * 24 * 3600).map(EPOCH::plusSeconds),
                        CAUSES.optional())
                .as(OpenIncident::new);
        Arbitrary<List<Step>> steps = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        CAUSES,
                        Arbitraries.longs().between(0, 48 * 3600).map(Duration::ofSeconds))
                .as(Step::new).list().ofMaxSize(8);
        return Combinators.combine(openings, steps).as(IncidentProperties::inValidOrder);
    }

    private static List<IncidentCommand> inValidOrder(OpenIncident opening, List<Step> steps) {
        List<IncidentCommand> commands = new ArrayList<>(List.of(opening));
        Instant now = opening.openedAt();
        boolean resolved = false;
        for (Step step : steps) {
            now = now.plus(step.delay());
            if (step.kind() == Kind.RESOLVE && !resolved) {
                commands.add(new ResolveIncident(opening.incidentId(), now));
                resolved = true;
            } else {
                commands.add(new AttributeIncident(opening.incidentId(), step.cause()));
            }
        }
        return commands;
    }

    /** Commands close together in time, on two ids: many break a rule, many do not. */
    @Provide
    Arbitrary<List<IncidentCommand>> arbitraryCommands() {
        Arbitrary<IncidentId> ids = Arbitraries.of(new IncidentId("inc-1"), new IncidentId("inc-2"));
        Arbitrary<String> names = Arbitraries.of("checkout", "production");
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 20).map(EPOCH::plusSeconds);
        Arbitrary<IncidentCommand> openings = Combinators.combine(
                        ids, names, names, Arbitraries.of(Severity.class), times, CAUSES.optional())
                .as(OpenIncident::new);
        Arbitrary<IncidentCommand> resolutions = Combinators.combine(ids, times).as(ResolveIncident::new);
        Arbitrary<IncidentCommand> attributions = Combinators.combine(ids, CAUSES).as(AttributeIncident::new);
        return Arbitraries.oneOf(openings, resolutions, attributions).list().ofMinSize(1).ofMaxSize(8);
    }
}
