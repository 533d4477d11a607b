package dev.opsledger.application.replication;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The primary and the disaster-recovery region on one virtual clock, each with its own table and faults,
 * a shared pager and router, and helpers that write facts the way the API would (one commit per command).
 */
public final class TwoRegions {

    public static final Duration FEED_LAG = Duration.ofSeconds(5);
    public static final RegionPair PAIR = RegionPair.DEFAULT;
    public static final ReplicationRoute ROUTE = new ReplicationRoute(PAIR.primary(), PAIR.secondary());

    public final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-03T09:00:00Z"));
    public final Faults primaryFaults = new Faults();
    public final Faults secondaryFaults = new Faults();
    public final InMemoryEventStore primary = new InMemoryEventStore(clock, primaryFaults, FEED_LAG);
    public final InMemoryEventStore secondary = new InMemoryEventStore(clock, secondaryFaults, FEED_LAG);
    public final RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());
    public final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(PAIR.primary(), 0));

    public ReplicateRegion replication() {
        return new ReplicateRegion(ROUTE, primary, secondary, ReplicationSettings.defaults(), notifier, clock);
    }

    public Commit startDeployment(EventStore store, String deployment) {
        clock.advance(Duration.ofSeconds(1));
        DeploymentId id = new DeploymentId(deployment);
        Instant now = clock.instant();
        Change change = new Change("abc1234", now.minus(Duration.ofHours(2)));
        return append(store, id.stream(), deployment + ":start",
                new DeploymentStarted(id, "checkout", "production", "1.0." + deployment, List.of(change), now));
    }

    public Commit finishDeployment(EventStore store, String deployment, DeploymentOutcome outcome, String eventId) {
        clock.advance(Duration.ofSeconds(1));
        DeploymentId id = new DeploymentId(deployment);
        return append(store, id.stream(), eventId, new DeploymentFinished(id, outcome, clock.instant()));
    }

    public Commit openIncident(EventStore store, String incident) {
        clock.advance(Duration.ofSeconds(1));
        IncidentId id = new IncidentId(incident);
        return append(store, id.stream(), incident + ":open", new IncidentOpened(
                id, "checkout", "production", Severity.HIGH, clock.instant(), Optional.empty()));
    }

    public Commit recordHealthCheck(EventStore store, String eventId) {
        clock.advance(Duration.ofSeconds(1));
        ComponentKey key = new ComponentKey(PAIR.primary(), Component.API);
        return append(store, key.streamAt(clock.instant()), eventId,
                new CheckRecorded(key, CheckResult.passed(Duration.ofMillis(40), clock.instant())));
    }

    /** Lets every commit written so far reach the feed. */
    public void letFeedCatchUp() {
        clock.advance(FEED_LAG.plusSeconds(1));
    }

    /** The replicated streams either region holds. */
    public Set<StreamId> replicatedStreams() {
        Set<StreamId> streams = new TreeSet<>(primary.streams());
        streams.addAll(secondary.streams());
        streams.removeIf(stream -> !ReplicationSettings.defaults().replicated().test(stream));
        return streams;
    }

    public static Commit append(EventStore store, StreamId stream, String eventId,
            DomainEvent event) {
        long version = store.readStream(stream).size();
        return store.append(stream, version, List.of(new NewEvent(new EventId(eventId), event))).commit();
    }
}
