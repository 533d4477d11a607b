package dev.opsledger.aws.readmodel;

import dev.opsledger.aws.readmodel.DeploymentLinks.Link;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.IncidentFact;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes a stream's fact, at the version its stream item holds, to every derived item it belongs in:
 * <ul>
 *   <li>a finished deployment: its environment's day it finished (with the incidents blaming it), its link
 *       item; if it succeeded, the index of successes by finish, the {@link FirstDeliveries delivery item}
 *       of each of its changes, and its neighbours (below);</li>
 *   <li>an incident: its environment's day it opened; while it has no explicit cause the index of
 *       unattributed incidents by opening, and the day of the success it may blame implicitly; the link
 *       item and day of every deployment it has ever been kept with, always with its current entry.</li>
 * </ul>
 * Of a window's deployments only the last success of each service can be blamed implicitly by an incident
 * after the window, and only by one without an explicit cause opened before that service's next success.
 * So a success's day also holds its next success (each success writes itself into its predecessor's day
 * and its successor into its own) and every such incident (each success pulls those opened after it, each
 * incident finds the success before it). Each side writes its index entry before it reads the other
 * index, and reads are strongly consistent, so of a success and an incident projected at once at least
 * one sees the other. A report then reads days only, on one service or on a whole environment.
 *
 * <p>Every write is idempotent, so projecting a version again, or concurrently, changes nothing more.
 */
final class DoraPlacements {

    private final DoraStreams streams;
    private final DayParts days;
    private final DeploymentLinks links;
    private final TimeIndex index;
    private final FirstDeliveries deliveries;

    DoraPlacements(DoraStreams streams, DayParts days, DeploymentLinks links, TimeIndex index, FirstDeliveries deliveries) {
        this.streams = streams;
        this.days = days;
        this.links = links;
        this.index = index;
        this.deliveries = deliveries;
    }

    void project(StreamId stream, StreamState state) {
        String fact = state.fact().orElseThrow();
        Entry entry = Entry.of(state.version(), fact);
        DoraFacts facts = DoraFacts.of(FactJson.events(fact));
        facts.deployments().forEach(deployment -> place(stream, deployment, entry));
        facts.incidents().forEach(incident -> place(stream, incident, state, entry));
    }

    private void place(StreamId stream, DeploymentFact deployment, Entry entry) {
        String partition = DoraKeys.partition(deployment.service(), deployment.environment());
        Optional<Instant> finished = deployment.finishedAt();
        if (finished.isEmpty()) {
            return;
        }
        String day = DoraKeys.day(deployment.environment(), finished.get());
        days.write(day, stream.value(), entry);
        Link link = links.finishedIn(deployment.id(), day);
        link.blamers().forEach((incident, blame) -> days.write(day, incident, blame));
        if (deployment.succeeded()) {
            index.put(DoraKeys.successesByFinish(partition), finished.get(), stream.value(), entry);
            deliveries.deliver(stream, deployment, entry);
            placeNeighbours(stream, deployment, entry, partition, day);
        }
    }

    private void placeNeighbours(StreamId stream, DeploymentFact success, Entry entry, String partition, String day) {
        Instant finished = success.finishedAt().orElseThrow();
        String successes = DoraKeys.successesByFinish(partition);
        index.lastBefore(successes, finished).values().forEach(predecessor -> days.write(finishDay(predecessor), stream.value(), entry));
        Optional<TimeIndex.At> successor = index.firstAfter(successes, finished);
        successor.ifPresent(next -> next.entries().forEach((after, afterEntry) -> days.write(day, after, afterEntry)));
        index.between(DoraKeys.unattributedByOpening(partition), finished, successor.map(TimeIndex.At::seconds))
                .keySet()
                .forEach(incident -> keepWith(new StreamId(incident), success.id()));
    }

    private void place(StreamId stream, IncidentFact incident, StreamState state, Entry entry) {
        String partition = DoraKeys.partition(incident.service(), incident.environment());
        days.write(DoraKeys.day(incident.environment(), incident.openedAt()), stream.value(), entry);
        String unattributed = DoraKeys.unattributedByOpening(partition);
        if (incident.explicitCause().isEmpty()) {
            index.put(unattributed, incident.openedAt(), stream.value(), entry);
            index.lastAtOrBefore(DoraKeys.successesByFinish(partition), incident.openedAt()).values()
                    .forEach(floor -> keepWith(stream, deploymentOf(floor).id()));
        } else {
            index.remove(unattributed, incident.openedAt(), stream.value());
        }
        for (DeploymentId cause : state.causes()) {
            writeWith(cause, stream, entry);
        }
    }

    /** Keeps the incident's current entry in the deployment's days from now on. */
    private void keepWith(StreamId incident, DeploymentId deployment) {
        StreamState current = streams.keepIn(incident, deployment);
        current.fact().ifPresent(fact -> writeWith(deployment, incident, Entry.of(current.version(), fact)));
    }

    private void writeWith(DeploymentId deployment, StreamId incident, Entry entry) {
        Link link = links.blamedBy(deployment, incident.value(), entry);
        Entry settled = link.blamers().get(incident.value());
        link.days().forEach(day -> days.write(day, incident.value(), settled));
    }

    private static String finishDay(Entry success) {
        DeploymentFact deployment = deploymentOf(success);
        return DoraKeys.day(deployment.environment(), deployment.finishedAt().orElseThrow());
    }

    private static DeploymentFact deploymentOf(Entry success) {
        return DoraFacts.of(FactJson.events(success.fact().orElseThrow())).deployments().getFirst();
    }
}
