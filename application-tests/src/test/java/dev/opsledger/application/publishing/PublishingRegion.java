package dev.opsledger.application.publishing;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.Metric;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointAdvanced;
import dev.opsledger.domain.publishing.PublishingStream;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.RecordingEventPublisher;
import dev.opsledger.inmemory.RecordingMetricsRecorder;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region with its table, its event bus and its metrics on a virtual clock; the table and the bus fail
 * independently. Writes advance the clock a second each, the way separate API calls would arrive.
 */
final class PublishingRegion {

    static final Region REGION = Region.US_EAST_1;
    static final Duration FEED_LAG = Duration.ofSeconds(1);
    static final Duration LOOK_BACK = Duration.ofMinutes(2);
    static final ComponentKey API = new ComponentKey(REGION, Component.API);

    final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-03T09:00:00Z"));
    final Faults storeFaults = new Faults();
    final Faults busFaults = new Faults();
    final InMemoryEventStore store = new InMemoryEventStore(clock, storeFaults, FEED_LAG);
    final RecordingEventPublisher bus = new RecordingEventPublisher(busFaults);
    final RecordingMetricsRecorder metrics = new RecordingMetricsRecorder();
    private final int pageSize;

    PublishingRegion(int pageSize) {
        this.pageSize = pageSize;
    }

    PublishingRegion() {
        this(4);
    }

    /** A new publisher knows nothing but what the table holds: calling this again is a restart. */
    PublishFromFeed publisher() {
        return publisherOver(bus);
    }

    PublishFromFeed publisherOver(EventPublisher publisher) {
        return new PublishFromFeed(REGION, store, publisher,
                () -> new FeedSubscription(store, LOOK_BACK, pageSize), metrics, clock);
    }

    RecordedEvent startDeployment(String deployment) {
        DeploymentId id = new DeploymentId(deployment);
        Instant now = clock.advance(Duration.ofSeconds(1));
        return append(id.stream(), deployment + ":start", new DeploymentStarted(id, "checkout", "production",
                "1.0." + deployment, List.of(new Change("abc1234", now.minus(Duration.ofHours(2)))), now));
    }

    RecordedEvent openIncident(String incident) {
        IncidentId id = new IncidentId(incident);
        Instant now = clock.advance(Duration.ofSeconds(1));
        return append(id.stream(), incident + ":open",
                new IncidentOpened(id, "checkout", "production", Severity.HIGH, now, Optional.empty()));
    }

    RecordedEvent recordHealthCheck(String eventId) {
        Instant now = clock.advance(Duration.ofSeconds(1));
        return append(API.streamAt(now), eventId, new CheckRecorded(API, CheckResult.passed(Duration.ofMillis(40), now)));
    }

    RecordedEvent changeStatus(String eventId, HealthStatus from, HealthStatus to) {
        Instant now = clock.advance(Duration.ofSeconds(1));
        return append(API.streamAt(now), eventId, new StatusChanged(API, from, to, "probe", now));
    }

    RecordedEvent writeSlowly(Duration extraLatency, String deployment) {
        storeFaults.slowDown(extraLatency);
        RecordedEvent written = startDeployment(deployment);
        storeFaults.slowDown(Duration.ZERO);
        return written;
    }

    RecordedEvent append(StreamId stream, String eventId, DomainEvent event) {
        long version = store.readStream(stream).size();
        return store.append(stream, version, List.of(new NewEvent(new EventId(eventId), event)))
                .commit().events().getFirst();
    }

    void letFeedCatchUp() {
        clock.advance(FEED_LAG.plusSeconds(1));
    }

    /** Every checkpoint recorded in the region's publishing stream, oldest first. */
    List<LogPosition> recordedCheckpoints() {
        return store.readSeries(PublishingStream.series(REGION)).stream()
                .map(RecordedEvent::event)
                .filter(PublishCheckpointAdvanced.class::isInstance)
                .map(event -> ((PublishCheckpointAdvanced) event).checkpoint())
                .toList();
    }

    /** What the table holds that should reach the bus, in feed order. */
    List<RecordedEvent> publishable() {
        return store.allCommits().stream()
                .flatMap(commit -> commit.events().stream())
                .filter(recorded -> PublicationRule.publishes(recorded.event()))
                .toList();
    }

    double latestMetric(String name) {
        return metrics.latest(name, Map.of("region", REGION.name())).map(Metric::value).orElseThrow();
    }
}
