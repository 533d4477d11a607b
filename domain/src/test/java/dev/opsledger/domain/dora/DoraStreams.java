package dev.opsledger.domain.dora;

import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid histories of several deployment and incident streams over one month, in two services and two
 * environments, with changes shipped more than once and incidents that blame deployments which may or
 * may not exist; and scopes on one service or on a whole environment.
 */
final class DoraStreams {

    private static final Instant MONTH_START = Instant.parse("2024-03-01T00:00:00Z");
    private static final int MONTH_IN_MINUTES = 30 * 24 * 60;
    private static final int DEPLOYMENT_IDS_BLAMED = 12;

    private DoraStreams() {
    }

    /** A change with a number in {@code reshippedShas} ships a sha of a small pool, so other deployments ship it too. */
    record DeploymentStream(
            String service, String environment, int startMinute, List<Integer> commitAgesInMinutes,
            Optional<DeploymentOutcome> outcome, int runMinutes, List<Integer> reshippedShas) {

        List<DomainEvent> events(int index) {
            DeploymentId id = deploymentId(index);
            Instant startedAt = minute(startMinute);
            Instant finishedAt = startedAt.plus(Duration.ofMinutes(runMinutes));
            List<Change> changes = IntStream.range(0, commitAgesInMinutes.size())
                    .mapToObj(change -> new Change(
                            change < reshippedShas.size() ? "%08x".formatted(reshippedShas.get(change)) : "%040x".formatted(index * 100L + change),
                            finishedAt.minus(Duration.ofMinutes(commitAgesInMinutes.get(change)))))
                    .toList();
            List<DomainEvent> events = new ArrayList<>();
            events.add(new DeploymentStarted(id, service, environment, "1." + index, changes, startedAt));
            outcome.ifPresent(done -> events.add(new DeploymentFinished(id, done, finishedAt)));
            return events;
        }
    }

    record IncidentStream(
            String service, String environment, Severity severity, int openMinute, Optional<Integer> blamedAtOpening,
            Optional<Integer> restoreMinutes, List<Integer> attributions, int resolutionPosition) {

        List<DomainEvent> events(int index) {
            IncidentId id = new IncidentId("incident-" + index);
            Instant openedAt = minute(openMinute);
            List<DomainEvent> afterOpening = new ArrayList<>();
            attributions.forEach(blamed -> afterOpening.add(new IncidentAttributed(id, deploymentId(blamed))));
            restoreMinutes.ifPresent(minutes -> afterOpening.add(
                    Math.min(resolutionPosition, afterOpening.size()),
                    new IncidentResolved(id, openedAt.plus(Duration.ofMinutes(minutes)))));
            List<DomainEvent> events = new ArrayList<>();
            events.add(new IncidentOpened(
                    id, service, environment, severity, openedAt, blamedAtOpening.map(DoraStreams::deploymentId)));
            events.addAll(afterOpening);
            return events;
        }
    }

    static Arbitrary<List<List<DomainEvent>>> streams() {
        return Combinators.combine(deploymentStream().list().ofMaxSize(10), incidentStream().list().ofMaxSize(8))
                .as((deployments, incidents) -> {
                    List<List<DomainEvent>> streams = new ArrayList<>();
                    for (int index = 0; index < deployments.size(); index++) {
                        streams.add(deployments.get(index).events(index));
                    }
                    for (int index = 0; index < incidents.size(); index++) {
                        streams.add(incidents.get(index).events(index));
                    }
                    return streams;
                });
    }

    static Arbitrary<ReportScope> scopes() {
        return Combinators.combine(
                        services().optional(0.7), environments(),
                        Arbitraries.integers().between(0, MONTH_IN_MINUTES),
                        Arbitraries.integers().between(1, MONTH_IN_MINUTES))
                .as((service, environment, fromMinute, lengthMinutes) -> new ReportScope(
                        service, environment, minute(fromMinute), minute(fromMinute + lengthMinutes)));
    }

    /** One arrival order of all the streams' events that keeps each stream's own order. */
    static List<DomainEvent> interleave(List<List<DomainEvent>> streams, long seed) {
        Random random = new Random(seed);
        List<List<DomainEvent>> pending = new ArrayList<>();
        streams.forEach(stream -> pending.add(new ArrayList<>(stream)));
        pending.removeIf(List::isEmpty);
        List<DomainEvent> arrivals = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<DomainEvent> stream = pending.get(random.nextInt(pending.size()));
            arrivals.add(stream.removeFirst());
            if (stream.isEmpty()) {
                pending.remove(stream);
            }
        }
        return arrivals;
    }

    private static Arbitrary<DeploymentStream> deploymentStream() {
        return Combinators.combine(
                        services(), environments(),
                        Arbitraries.integers().between(0, MONTH_IN_MINUTES),
                        Arbitraries.integers().between(-120, 20_000).list().ofMaxSize(3),
                        Arbitraries.of(DeploymentOutcome.class).optional(0.85),
                        Arbitraries.integers().between(0, 180),
                        Arbitraries.integers().between(0, 5).list().ofMaxSize(2))
                .as(DeploymentStream::new);
    }

    private static Arbitrary<IncidentStream> incidentStream() {
        Arbitrary<Integer> blamed = Arbitraries.integers().between(0, DEPLOYMENT_IDS_BLAMED - 1);
        return Combinators.combine(
                        services(), environments(),
                        Arbitraries.of(Severity.class),
                        Arbitraries.integers().between(0, MONTH_IN_MINUTES),
                        blamed.optional(0.3),
                        Arbitraries.integers().between(0, 10_000).optional(0.8),
                        blamed.list().ofMaxSize(2),
                        Arbitraries.integers().between(0, 2))
                .as(IncidentStream::new);
    }

    private static Arbitrary<String> services() {
        return Arbitraries.of("checkout", "search");
    }

    private static Arbitrary<String> environments() {
        return Arbitraries.of("production", "staging");
    }

    private static DeploymentId deploymentId(int index) {
        return new DeploymentId("deployment-" + index);
    }

    private static Instant minute(int minute) {
        return MONTH_START.plus(Duration.ofMinutes(minute));
    }
}
