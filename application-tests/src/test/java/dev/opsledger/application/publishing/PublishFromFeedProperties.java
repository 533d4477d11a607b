package dev.opsledger.application.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.LogPosition;
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
import net.jqwik.api.Tuple.Tuple2;

class PublishFromFeedProperties {

    /** Kinds: 0 a deployment fact, 1 an incident fact, 2 a recorded health check, 3 a health status change. */
    sealed interface Step {
    }

    record Append(int kind, int key, int secondsLater) implements Step {
    }

    /** Slower than the feed's lag but well inside the look-back window, as the window is sized for. */
    record AppendSlowly(int kind, int key, int extraSeconds) implements Step {
    }

    record Wait(int seconds) implements Step {
    }

    record Pass() implements Step {
    }

    record PassWhileBusRefuses(int entries) implements Step {
    }

    record PassWhileBusIsDown() implements Step {
    }

    record PassWhileTableFails(int calls) implements Step {
    }

    record CrashBeforeCheckpoint() implements Step {
    }

    record Restart() implements Step {
    }

    @Provide
    Arbitrary<List<Step>> scenarios() {
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> key = Arbitraries.integers().between(0, 4);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                weighted(8, Combinators.combine(kind, key, Arbitraries.integers().between(0, 2)).as(Append::new)),
                weighted(1, Combinators.combine(kind, key, Arbitraries.integers().between(2, 60)).as(AppendSlowly::new)),
                weighted(3, Arbitraries.integers().between(1, 200).map(Wait::new)),
                weighted(3, Arbitraries.just(new Pass())),
                weighted(1, Arbitraries.integers().between(1, 12).map(PassWhileBusRefuses::new)),
                weighted(1, Arbitraries.just(new PassWhileBusIsDown())),
                weighted(1, Arbitraries.integers().between(1, 4).map(PassWhileTableFails::new)),
                weighted(1, Arbitraries.just(new CrashBeforeCheckpoint())),
                weighted(1, Arbitraries.just(new Restart())));
        return step.list().ofMaxSize(50);
    }

    @Property(tries = 150)
    void a_final_failure_free_pass_leaves_every_publishable_event_published(@ForAll("scenarios") List<Step> scenario) {
        Scenario run = new Scenario(new PublishingRegion(3));
        scenario.forEach(run::play);

        run.region.storeFaults.restore();
        run.region.busFaults.restore();
        run.region.clock.advance(PublishingRegion.LOOK_BACK);
        PublishPass last = run.pass();

        assertThat(last.caughtUp()).isTrue();
        assertThat(run.region.bus.distinctPublished()).containsExactlyInAnyOrderElementsOf(run.region.publishable());
        assertThat(run.caughtUpCheckpoints).isSortedAccordingTo(LogPosition::compareTo);
        assertThat(run.region.recordedCheckpoints()).isSortedAccordingTo(LogPosition::compareTo).doesNotHaveDuplicates();
    }

    private static final class Scenario {

        final PublishingRegion region;
        final List<LogPosition> caughtUpCheckpoints = new ArrayList<>();
        private PublishFromFeed publishing;
        private int eventsWritten;

        Scenario(PublishingRegion region) {
            this.region = region;
            this.publishing = region.publisher();
        }

        void play(Step step) {
            switch (step) {
                case Append append -> {
                    region.clock.advance(Duration.ofSeconds(append.secondsLater()));
                    append(append.kind(), append.key());
                }
                case AppendSlowly slowly -> {
                    region.storeFaults.slowDown(Duration.ofSeconds(slowly.extraSeconds()));
                    append(slowly.kind(), slowly.key());
                    region.storeFaults.slowDown(Duration.ZERO);
                }
                case Wait wait -> region.clock.advance(Duration.ofSeconds(wait.seconds()));
                case Pass pass -> pass();
                case PassWhileBusRefuses refusing -> {
                    region.bus.rejectNext(refusing.entries());
                    pass();
                    region.bus.rejectNext(0);
                }
                case PassWhileBusIsDown down -> {
                    region.busFaults.goDark();
                    pass();
                    region.busFaults.restore();
                }
                case PassWhileTableFails failing -> {
                    region.storeFaults.failNext(failing.calls());
                    pass();
                    region.storeFaults.failNext(0);
                }
                case CrashBeforeCheckpoint crash -> {
                    EventPublisher busThenTableFails = events -> {
                        region.bus.publish(events);
                        region.storeFaults.failNext(1);
                    };
                    region.publisherOver(busThenTableFails).publishOnce();
                    region.storeFaults.failNext(0);
                    publishing = region.publisher();
                }
                case Restart restart -> publishing = region.publisher();
            }
        }

        PublishPass pass() {
            PublishPass pass = publishing.publishOnce();
            if (pass.caughtUp()) {
                caughtUpCheckpoints.add(pass.checkpoint());
            }
            return pass;
        }

        private void append(int kind, int key) {
            String eventId = "e" + ++eventsWritten;
            Instant now = region.clock.instant();
            DeploymentId deployment = new DeploymentId("d" + key);
            IncidentId incident = new IncidentId("i" + key);
            switch (kind) {
                case 0 -> region.append(deployment.stream(), eventId,
                        new DeploymentFinished(deployment, DeploymentOutcome.SUCCEEDED, now));
                case 1 -> region.append(incident.stream(), eventId, new IncidentResolved(incident, now));
                case 2 -> region.append(PublishingRegion.API.streamAt(now), eventId,
                        new CheckRecorded(PublishingRegion.API, CheckResult.passed(Duration.ofMillis(40), now)));
                default -> region.append(PublishingRegion.API.streamAt(now), eventId,
                        new StatusChanged(PublishingRegion.API, HealthStatus.HEALTHY, HealthStatus.DEGRADED, "slow", now));
            }
        }
    }

    private static Tuple2<Integer, Arbitrary<? extends Step>> weighted(int weight, Arbitrary<? extends Step> steps) {
        return Tuple.of(weight, steps);
    }
}
