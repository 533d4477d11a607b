package dev.opsledger.inmemory.dora;

import dev.opsledger.application.dora.DoraReadModel;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.dora.DeploymentFact;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.IncidentFact;
import dev.opsledger.domain.dora.ReportScope;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The DORA read model laid out as its DynamoDB twin lays it out, counting every item a report reads:
 * <ul>
 *   <li>a stream item per deployment or incident: its events so far, the version applied, the days it is in;</li>
 *   <li>a day item per environment and UTC day, holding the events of the deployments of any of its
 *       services that finished and the incidents that opened that day, and of every incident, of any
 *       service, that explicitly blames one of those deployments;</li>
 *   <li>two sorted indexes per service and environment, read only while projecting: successful
 *       deployments by finish, and incidents without an explicit cause by opening;</li>
 *   <li>a {@link FirstDeliveryIndex first-delivery item} per service, environment and commit sha, through
 *       which each day holding a successful deployment also holds the first delivery of its changes.</li>
 * </ul>
 * Of a window's deployments only the last success of each service can be blamed implicitly by an
 * incident after the window, and only by an incident without an explicit cause opened before that
 * service's next success. So each success's day also holds its next success and every such incident
 * opened before it (kept current as they change): a report, on one service or the whole environment,
 * reads one item per day of its window and nothing else.
 */
public final class InMemoryDoraReadModel implements DoraReadModel {

    private final Map<StreamId, StreamItem> streams = new HashMap<>();
    private final Map<DayKey, Map<StreamId, List<DomainEvent>>> days = new HashMap<>();
    private final Map<DeploymentId, Set<StreamId>> blamedBy = new HashMap<>();
    private final TimeIndex successesByFinish = new TimeIndex();
    private final TimeIndex unattributedByOpening = new TimeIndex();
    private final FirstDeliveryIndex firstDeliveries = new FirstDeliveryIndex();
    private final Map<StreamId, Set<DayKey>> implicitDays = new HashMap<>();
    private final AtomicLong itemsRead = new AtomicLong();

    @Override
    public synchronized void apply(Commit commit) {
        StreamId stream = commit.stream();
        if (!stream.category().equals(DeploymentId.STREAM_CATEGORY) && !stream.category().equals(IncidentId.STREAM_CATEGORY)) {
            return;
        }
        StreamItem known = streams.getOrDefault(stream, StreamItem.NONE);
        List<RecordedEvent> fresh = commit.events().stream().filter(event -> event.version() > known.version()).toList();
        if (fresh.isEmpty()) {
            return;
        }
        if (fresh.getFirst().version() != known.version() + 1) {
            throw new IllegalArgumentException("commit " + commit.position() + " skips versions: the model holds "
                    + stream + " up to version " + known.version());
        }
        unindex(stream);
        List<DomainEvent> events = Stream.concat(known.events().stream(), fresh.stream().map(RecordedEvent::event)).toList();
        streams.put(stream, new StreamItem(fresh.getLast().version(), events, Set.of()));
        index(stream);
        if (stream.category().equals(DeploymentId.STREAM_CATEGORY)) {
            // The incidents blaming this deployment follow it into the day it finished.
            List.copyOf(blamedBy.getOrDefault(new DeploymentId(stream.key()), Set.of())).forEach(incident -> {
                unindex(incident);
                index(incident);
            });
        }
    }

    @Override
    public synchronized DoraFacts facts(ReportScope scope) {
        Map<StreamId, List<DomainEvent>> found = new HashMap<>();
        LocalDate lastDay = LocalDate.ofInstant(scope.to().minusNanos(1), ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(scope.from(), ZoneOffset.UTC); !day.isAfter(lastDay); day = day.plusDays(1)) {
            itemsRead.incrementAndGet();
            found.putAll(days.getOrDefault(new DayKey(scope.environment(), day), Map.of()));
        }
        return DoraFacts.of(found.values().stream().flatMap(List::stream).toList()).restrictTo(scope);
    }

    /** Items read by every {@link #facts} call so far: day items. */
    public long itemsRead() {
        return itemsRead.get();
    }

    private void index(StreamId stream) {
        StreamItem item = streams.get(stream);
        DoraFacts facts = DoraFacts.of(item.events());
        Set<DayKey> placements = new HashSet<>();
        for (DeploymentFact deployment : facts.deployments()) {
            deployment.finishedAt().ifPresent(finished ->
                    placements.add(DayKey.of(deployment.environment(), finished)));
            if (deployment.succeeded()) {
                successesByFinish.add(partitionOf(deployment), deployment.finishedAt().orElseThrow(), stream);
                placeFirstDeliveries(stream, deployment);
            }
        }
        for (IncidentFact incident : facts.incidents()) {
            placements.add(DayKey.of(incident.environment(), incident.openedAt()));
            incident.explicitCause().ifPresentOrElse(cause -> {
                blamedBy.computeIfAbsent(cause, unused -> new HashSet<>()).add(stream);
                placements.addAll(streams.getOrDefault(cause.stream(), StreamItem.NONE).placedIn());
            }, () -> {
                unattributedByOpening.add(partitionOf(incident), incident.openedAt(), stream);
                successesByFinish.lastAtOrBefore(partitionOf(incident), incident.openedAt()).forEach(floor -> implicitlyIn(stream, finishDay(floor)));
            });
        }
        placements.addAll(implicitDays.getOrDefault(stream, Set.of()));
        placements.forEach(day -> days.computeIfAbsent(day, unused -> new HashMap<>()).put(stream, item.events()));
        streams.put(stream, new StreamItem(item.version(), item.events(), Set.copyOf(placements)));
        facts.deployments().stream().filter(DeploymentFact::succeeded).forEach(success -> placeNeighbours(stream, success));
    }

    /**
     * What a window ending after a success needs to tell whether an incident after the window blames it:
     * its predecessor's day gets the success, its own day gets its successor and every incident without
     * an explicit cause opened between the two. An incident opened later finds its floor success itself.
     */
    private void placeNeighbours(StreamId stream, DeploymentFact success) {
        ServiceEnvironment partition = partitionOf(success);
        Instant finished = success.finishedAt().orElseThrow();
        DayKey day = DayKey.of(success.environment(), finished);
        List<DomainEvent> events = streams.get(stream).events();
        successesByFinish.lastBefore(partition, finished).forEach(predecessor ->
                days.computeIfAbsent(finishDay(predecessor), unused -> new HashMap<>()).put(stream, events));
        Optional<Map.Entry<Instant, Set<StreamId>>> successor = successesByFinish.firstAfter(partition, finished);
        successor.ifPresent(next -> next.getValue().forEach(after ->
                days.computeIfAbsent(day, unused -> new HashMap<>()).put(after, streams.get(after).events())));
        unattributedByOpening.between(partition, finished, successor.map(Map.Entry::getKey)).forEach(incident -> {
            implicitlyIn(incident, day);
            unindex(incident);
            index(incident);
        });
    }

    /** The incident's events stay in this day, kept current, from now on. */
    private void implicitlyIn(StreamId incident, DayKey day) {
        implicitDays.computeIfAbsent(incident, unused -> new HashSet<>()).add(day);
    }

    private DayKey finishDay(StreamId success) {
        DeploymentFact deployment = DoraFacts.of(streams.get(success).events()).deployments().getFirst();
        return DayKey.of(deployment.environment(), deployment.finishedAt().orElseThrow());
    }

    /** A success's facts never change again, so these copies need no unindexing; a stale one is only an extra fact. */
    private void placeFirstDeliveries(StreamId stream, DeploymentFact deployment) {
        DayKey day = DayKey.of(deployment.environment(), deployment.finishedAt().orElseThrow());
        deployment.changes().stream().map(Change::commitSha).distinct().forEach(sha -> {
            FirstDeliveryIndex.Placement placement = firstDeliveries.deliver(sha, stream, deployment, day);
            List<DomainEvent> first = streams.get(placement.first()).events();
            placement.days().forEach(target -> days.computeIfAbsent(target, unused -> new HashMap<>()).put(placement.first(), first));
        });
    }

    private void unindex(StreamId stream) {
        StreamItem item = streams.getOrDefault(stream, StreamItem.NONE);
        item.placedIn().forEach(day -> days.computeIfPresent(day, (unused, held) -> {
            held.remove(stream);
            return held.isEmpty() ? null : held;
        }));
        DoraFacts facts = DoraFacts.of(item.events());
        for (DeploymentFact deployment : facts.deployments()) {
            if (deployment.succeeded()) {
                successesByFinish.remove(partitionOf(deployment), deployment.finishedAt().orElseThrow(), stream);
            }
        }
        for (IncidentFact incident : facts.incidents()) {
            incident.explicitCause().ifPresentOrElse(
                    cause -> blamedBy.computeIfPresent(cause, (unused, blamers) -> {
                        blamers.remove(stream);
                        return blamers.isEmpty() ? null : blamers;
                    }),
                    () -> unattributedByOpening.remove(partitionOf(incident), incident.openedAt(), stream));
        }
    }

    private static ServiceEnvironment partitionOf(DeploymentFact deployment) {
        return new ServiceEnvironment(deployment.service(), deployment.environment());
    }

    private static ServiceEnvironment partitionOf(IncidentFact incident) {
        return new ServiceEnvironment(incident.service(), incident.environment());
    }
}
