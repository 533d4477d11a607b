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
 * Writes a stream's fact, at the version its stream item holds, to every derived item it belongs in,
 * and takes it back from those it left:
 * <ul>
 *   <li>a finished deployment: its environment's day it finished (with the incidents blaming it), its link
 *       item, and if it succeeded the index of successes by finish and the {@link FirstDeliveries delivery
 *       item} of each of its changes;</li>
 *   <li>an incident: its environment's day it opened; while it has no explicit cause the index of unattributed
 *       incidents by opening; the link item and day of each deployment it has ever blamed, a tombstone in
 *       those it no longer blames.</li>
 * </ul>
 * Every write is idempotent, so projecting a version again, or concurrently, changes nothing more.
 */
final class DoraPlacements {

    private final DayParts days;
    private final DeploymentLinks links;
    private final TimeIndex index;
    private final FirstDeliveries deliveries;

    DoraPlacements(DayParts days, DeploymentLinks links, TimeIndex index, FirstDeliveries deliveries) {
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
        }
    }

    private void place(StreamId stream, IncidentFact incident, StreamState state, Entry entry) {
        String partition = DoraKeys.partition(incident.service(), incident.environment());
        days.write(DoraKeys.day(incident.environment(), incident.openedAt()), stream.value(), entry);
        String unattributed = DoraKeys.unattributedByOpening(partition);
        if (incident.explicitCause().isEmpty()) {
            index.put(unattributed, incident.openedAt(), stream.value(), entry);
        } else {
            index.remove(unattributed, incident.openedAt(), stream.value());
        }
        for (DeploymentId cause : state.causes()) {
            Entry blame = incident.explicitCause().filter(cause::equals).isPresent() ? entry : Entry.removed(state.version());
            Link link = links.blamedBy(cause, stream.value(), blame);
            Entry settled = link.blamers().get(stream.value());
            link.days().forEach(day -> days.write(day, stream.value(), settled));
        }
    }
}
