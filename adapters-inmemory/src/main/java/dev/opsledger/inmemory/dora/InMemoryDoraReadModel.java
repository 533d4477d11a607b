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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The DORA read model laid out as its DynamoDB twin lays it out, counting every item a report reads:
 * <ul>
 *   <li>a stream item per deployment or incident: its events so far, the version applied, the days it is in;</li>
 *   <li>a day item per environment and UTC day, holding the events of the deployments of any of its
 *       services that finished and the incidents that opened that day, and of every incident, of any
 *       service, that explicitly blames one of those deployments;</li>
 *   <li>two sorted indexes per service and environment: successful deployments by finish, and incidents
 *       without an explicit cause by opening;</li>
 *   <li>a {@link FirstDeliveryIndex first-delivery item} per service, environment and commit sha, through
 *       which each day holding a successful deployment also holds the first delivery of its changes.</li>
 * </ul>
 * Of a window's deployments only its last success can be blamed implicitly by an incident after the
 * window, and only by the first unattributed incident after it, unless a success came between: reading
 * the first of each index at the window's end settles that. A report on one service therefore reads one
 * item per day of its window, plus two; a report on the whole environment reads the same days, plus two
 * per service that succeeded in the window.
 */
public final class InMemoryDoraReadModel implements DoraReadModel {

    private final Map<StreamId, StreamItem> streams = new HashMap<>();
    private final Map<DayKey, Map<StreamId, List<DomainEvent>>> days = new HashMap<>();
    private final Map<DeploymentId, Set<StreamId>> blamedBy = new HashMap<>();
    private final TimeIndex successesByFinish = new TimeIndex();
    private final TimeIndex unattributedByOpening = new TimeIndex();
    private final FirstDeliveryIndex firstDeliveries = new FirstDeliveryIndex();
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
        Set<ServiceEnvironment> blamable = scope.service()
                .map(service -> Set.of(new ServiceEnvironment(service, scope.environment())))
                .orElseGet(() -> succeededWithin(DoraFacts.of(events(found)), scope));
        for (ServiceEnvironment partition : blamable) {
            for (TimeIndex index : List.of(successesByFinish, unattributedByOpening)) {
                itemsRead.incrementAndGet();
                index.firstAtOrAfter(partition, scope.to()).ifPresent(stream -> found.put(stream, streams.get(stream).events()));
            }
        }
        return DoraFacts.of(events(found)).restrictTo(scope);
    }

    private static List<DomainEvent> events(Map<StreamId, List<DomainEvent>> found) {
        return found.values().stream().flatMap(List::stream).toList();
    }

    private static Set<ServiceEnvironment> succeededWithin(DoraFacts facts, ReportScope scope) {
        return facts.deployments().stream()
                .filter(deployment -> deployment.succeeded() && deployment.finishedWithin(scope))
                .map(InMemoryDoraReadModel::partitionOf)
                .collect(Collectors.toSet());
    }

    /** Items read by every {@link #facts} call so far: day items and index queries. */
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
            }, () -> unattributedByOpening.add(partitionOf(incident), incident.openedAt(), stream));
        }
        placements.forEach(day -> days.computeIfAbsent(day, unused -> new HashMap<>()).put(stream, item.events()));
        streams.put(stream, new StreamItem(item.version(), item.events(), Set.copyOf(placements)));
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
