package dev.opsledger.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.health.ComponentHealth.Checked;
import dev.opsledger.domain.health.HealthCommand.RecordCheck;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.Region;
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

class ComponentHealthProperties {

    private static final ComponentKey STREAM_COMPONENT = new ComponentKey(Region.US_EAST_1, Component.API);
    private static final ComponentKey OTHER_COMPONENT = new ComponentKey(Region.US_WEST_2, Component.API);
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    /** One probe, relative to the previous one: negative {@code secondsLater} makes it arrive out of order. */
    record Probe(boolean ofOtherComponent, boolean passed, int latencyMillis, int secondsLater) {
    }

    @Property(tries = 300)
    void every_accepted_history_folds_to_a_status_that_follows_from_the_policy_and_the_checks(
            @ForAll("policies") HealthPolicy policy, @ForAll("probes") List<Probe> probes) {
        Decider<HealthCommand, ComponentHealth, HealthEvent> decider = ComponentHealthDecider.decider(policy);
        ComponentHealth state = decider.initialState();
        List<CheckResult> acceptedChecks = new ArrayList<>();
        for (RecordCheck command : commands(probes)) {
            try {
                for (HealthEvent event : decider.decide(command, state)) {
                    state = decider.evolve(state, event);
                    if (event instanceof CheckRecorded recorded) {
                        acceptedChecks.add(recorded.result());
                    }
                }
            } catch (CommandRejected rejected) {
                continue;
            }
            assertConsistent(state, acceptedChecks, policy);
        }
    }

    @Property(tries = 300)
    void a_command_is_either_accepted_or_rejected_and_a_rejection_changes_nothing(
            @ForAll("policies") HealthPolicy policy, @ForAll("probes") List<Probe> probes) {
        Decider<HealthCommand, ComponentHealth, HealthEvent> decider = ComponentHealthDecider.decider(policy);
        ComponentHealth state = decider.initialState();
        List<HealthEvent> history = new ArrayList<>();
        for (RecordCheck command : commands(probes)) {
            ComponentHealth before = state;
            try {
                List<HealthEvent> events = decider.decide(command, state);
                assertThat(events).isNotEmpty();
                for (HealthEvent event : events) {
                    state = decider.evolve(state, event);
                }
                history.addAll(events);
            } catch (CommandRejected rejected) {
                assertThat(state).isSameAs(before);
            }
            assertThat(decider.fold(history)).isEqualTo(state);
        }
    }

    private static void assertConsistent(ComponentHealth state, List<CheckResult> checks, HealthPolicy policy) {
        assertThat(state).isInstanceOf(Checked.class);
        Checked checked = (Checked) state;
        int trailingFailures = 0;
        for (int index = checks.size() - 1; index >= 0 && !checks.get(index).passed(); index--) {
            trailingFailures++;
        }
        CheckResult last = checks.getLast();
        HealthStatus expected;
        if (!last.passed()) {
            expected = trailingFailures >= policy.failuresUntilUnhealthy() ? HealthStatus.UNHEALTHY : HealthStatus.DEGRADED;
        } else {
            expected = last.latency().compareTo(policy.slowAfter()) > 0 ? HealthStatus.DEGRADED : HealthStatus.HEALTHY;
        }
        assertThat(checked.consecutiveFailures()).isNotNegative().isEqualTo(trailingFailures);
        assertThat(checked.status()).isEqualTo(expected);
        assertThat(checked.lastCheckedAt()).isEqualTo(last.checkedAt());
        assertThat(checked.component()).isEqualTo(STREAM_COMPONENT);
    }

    private static List<RecordCheck> commands(List<Probe> probes) {
        List<RecordCheck> commands = new ArrayList<>();
        Instant checkedAt = T0;
        for (Probe probe : probes) {
            checkedAt = checkedAt.plusSeconds(probe.secondsLater());
            Duration latency = Duration.ofMillis(probe.latencyMillis());
            CheckResult result = probe.passed()
                    ? CheckResult.passed(latency, checkedAt)
                    : CheckResult.failed(latency, "HTTP 503", checkedAt);
            // The first check fixes the stream's component, so only later ones may be foreign.
            boolean foreign = probe.ofOtherComponent() && !commands.isEmpty();
            commands.add(new RecordCheck(foreign ? OTHER_COMPONENT : STREAM_COMPONENT, result));
        }
        return commands;
    }

    @Provide
    Arbitrary<HealthPolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 3000))
                .as((failures, slowMillis) -> new HealthPolicy(failures, Duration.ofMillis(slowMillis)));
    }

    @Provide
    Arbitrary<List<Probe>> probes() {
        Arbitrary<Probe> probe = Combinators.combine(
                        Arbitraries.integers().between(0, 9).map(draw -> draw == 0),
                        Arbitraries.integers().between(0, 2).map(draw -> draw > 0),
                        Arbitraries.integers().between(0, 4000),
                        Arbitraries.integers().between(-60, 300))
                .as(Probe::new);
        return probe.list().ofMinSize(1).ofMaxSize(40);
    }
}
