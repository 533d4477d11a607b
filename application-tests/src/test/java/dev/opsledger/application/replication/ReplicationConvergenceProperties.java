package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ReplicationConvergenceProperties {

    private static final int STREAMS = 12;

    /** One thing that happens to the two regions; appends the source refuses were never acknowledged. */
    sealed interface Step {
    }

    record Append(int stream, boolean alsoStreamed) implements Step {
    }

    /** A slow write that a later write to another stream overtakes on the feed, and a pass in between. */
    record OvertakenAppend(int stream, int extraSeconds) implements Step {
    }

    record Pass() implements Step {
    }

    record Wait(int seconds) implements Step {
    }

    record SourceFailsNext(int calls) implements Step {
    }

    record TargetFailsNext(int calls) implements Step {
    }

    record TargetGoesDark() implements Step {
    }

    record SourceGoesDark() implements Step {
    }

    record BothRestored() implements Step {
    }

    @Property(tries = 80)
    void replication_interrupted_anywhere_converges_without_losing_or_duplicating_events(
            @ForAll("scripts") List<Step> script) {
        World world = new World();
        script.forEach(world::run);
        TwoRegions regions = world.regions;

        regions.primaryFaults.restore();
        regions.secondaryFaults.restore();
        regions.clock.advance(Duration.ofMinutes(2));
        ReplicationPass last = world.replication.replicateOnce();

        assertThat(last.succeeded()).isTrue();
        assertThat(last.lag()).isZero();
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams())).isEmpty();
        for (StreamId stream : regions.replicatedStreams()) {
            assertThat(regions.secondary.readStream(stream))
                    .extracting(RecordedEvent::id)
                    .doesNotHaveDuplicates()
                    .containsExactlyElementsOf(regions.primary.readStream(stream).stream().map(RecordedEvent::id).toList());
        }
    }

    private static final class World {

        final TwoRegions regions = new TwoRegions();
        final ReplicateRegion replication = regions.replication();
        int written;

        void run(Step step) {
            switch (step) {
                case Append append -> append(append.stream(), append.alsoStreamed());
                case OvertakenAppend overtaken -> {
                    regions.primaryFaults.slowDown(Duration.ofSeconds(overtaken.extraSeconds()));
                    append(overtaken.stream(), false);
                    regions.primaryFaults.slowDown(Duration.ZERO);
                    append((overtaken.stream() + 1) % STREAMS, false);
                    regions.letFeedCatchUp();
                    replication.replicateOnce();
                }
                case Pass pass -> replication.replicateOnce();
                case Wait wait -> regions.clock.advance(Duration.ofSeconds(wait.seconds()));
                case SourceFailsNext failing -> regions.primaryFaults.failNext(failing.calls());
                case TargetFailsNext failing -> regions.secondaryFaults.failNext(failing.calls());
                case TargetGoesDark dark -> regions.secondaryFaults.goDark();
                case SourceGoesDark dark -> regions.primaryFaults.goDark();
                case BothRestored restored -> {
                    regions.primaryFaults.restore();
                    regions.secondaryFaults.restore();
                }
            }
        }

        /** A change-stream delivery that fails is dropped here: the scheduled pass has to repair it. */
        private void append(int stream, boolean streamed) {
            regions.clock.advance(Duration.ofSeconds(1));
            String eventId = "event-" + ++written;
            DeploymentId deployment = new DeploymentId("d" + stream);
            IncidentId incident = new IncidentId("i" + stream);
            boolean isDeployment = stream % 2 == 0;
            DomainEvent event = isDeployment
                    ? new DeploymentFinished(deployment, DeploymentOutcome.SUCCEEDED, regions.clock.instant())
                    : new IncidentResolved(incident, regions.clock.instant());
            try {
                Commit commit = TwoRegions.append(
                        regions.primary, isDeployment ? deployment.stream() : incident.stream(), eventId, event);
                if (streamed) {
                    replication.applyCommit(commit);
                }
            } catch (ServiceUnavailable unavailable) {
                // Refused by the source (never acknowledged), or a stream delivery lost.
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Integer> stream = Arbitraries.integers().between(0, STREAMS - 1);
        Arbitrary<Integer> calls = Arbitraries.integers().between(1, 4);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(stream, Arbitraries.of(true, false)).as(Append::new)),
                Tuple.of(3, Combinators.combine(stream, Arbitraries.integers().between(10, 100))
                        .as(OvertakenAppend::new)),
                Tuple.of(5, Arbitraries.just(new Pass())),
                Tuple.of(4, Arbitraries.integers().between(1, 60).map(Wait::new)),
                Tuple.of(2, calls.map(SourceFailsNext::new)),
                Tuple.of(2, calls.map(TargetFailsNext::new)),
                Tuple.of(1, Arbitraries.just(new TargetGoesDark())),
                Tuple.of(1, Arbitraries.just(new SourceGoesDark())),
                Tuple.of(2, Arbitraries.just(new BothRestored())));
        return step.list().ofMinSize(1).ofMaxSize(40);
    }
}
