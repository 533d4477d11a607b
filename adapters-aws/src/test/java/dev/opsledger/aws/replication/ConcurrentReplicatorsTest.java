package dev.opsledger.aws.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.DynamoDbStreamChangeFeed;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.contract.RacingEventStore;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The change stream's Lambda and the scheduled reconciler are separate processes that may work on the same
 * stream at the same time; between them they must neither lose nor invent anything, divergence included.
 */
class ConcurrentReplicatorsTest {

    private static final IncidentId INCIDENT = new IncidentId("inc-7");

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-03T11:00:00Z"));
    private final TwoDynaliteRegions regions = TwoDynaliteRegions.fresh(clock);
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());

    @Test
    void the_stream_and_the_reconciler_putting_the_same_commit_at_once_write_it_once() {
        List<Commit> commits = fourCommitsOfOneIncident();
        ReplicateRegion reconciler = replicator(regions.secondary().newStore());
        RivalBeforePutItem race = new RivalBeforePutItem(() -> reconciler.applyCommit(commits.getFirst()));
        DynamoDbClient racingClient = Dynalite.clientFor(TwoDynaliteRegions.secondaryServer().endpoint(),
                configuration -> configuration.addExecutionInterceptor(race));
        ReplicateRegion streamLambda = replicator(regions.secondary().through(racingClient).newStore());

        streamLambda.applyCommit(commits.getFirst());
        commits.forEach(reconciler::applyCommit);
        racingClient.close();

        assertThat(race.refusedPuts()).as("puts that lost the race").isEqualTo(1);
        ReplicationAudit audit = regions.audit();
        assertThat(audit.duplicated()).isEmpty();
        assertThat(audit.lost()).isEmpty();
        assertThat(divergenceRecorded()).isEmpty();
    }

    @Test
    void a_reconciler_filling_part_of_a_gap_the_stream_is_catching_up_is_not_a_divergence() {
        List<Commit> commits = fourCommitsOfOneIncident();
        ReplicateRegion reconciler = replicator(regions.secondary().newStore());
        reconciler.applyCommit(commits.get(0));
        // Commit 4 finds the target at version 1: the Lambda fills the gap with commits 2 and 3 as one append.
        ReplicateRegion streamLambda = replicator(RacingEventStore.beforeFirstAppendThat(regions.secondary().newStore(),
                (stream, events) -> events.size() == 2, () -> reconciler.applyCommit(commits.get(1))));

        streamLambda.applyCommit(commits.get(3));
        commits.forEach(reconciler::applyCommit);

        assertThat(regions.audit()
                .clean()).as("the regions hold the same history").isTrue();
        assertThat(divergenceRecorded()).as("divergence recorded in the target").isEmpty();
        assertThat(notifier.sent()).as("alerts").isEmpty();
    }

    /** Opened, attributed, resolved, attributed again: four commits, read back from the primary's change stream. */
    private List<Commit> fourCommitsOfOneIncident() {
        EventStore primary = regions.primary().newStore();
        Instant opened = clock.instant();
        append(primary, 0, "open", new IncidentOpened(INCIDENT, "checkout", "production", Severity.HIGH, opened, Optional.empty()));
        append(primary, 1, "blame-d1", new IncidentAttributed(INCIDENT, new DeploymentId("d1")));
        append(primary, 2, "resolve", new IncidentResolved(INCIDENT, opened.plus(Duration.ofMinutes(30))));
        append(primary, 3, "blame-d2", new IncidentAttributed(INCIDENT, new DeploymentId("d2")));
        return new DynamoDbStreamChangeFeed().commitsOf(new ScannedChangeStream(regions.primary()).newRecords());
    }

    private void append(EventStore store, long expectedVersion, String eventId, DomainEvent event) {
        clock.advance(Duration.ofSeconds(5));
        store.append(INCIDENT.stream(), expectedVersion, List.of(new NewEvent(new EventId(eventId), event)));
    }

    private ReplicateRegion replicator(EventStore target) {
        return new ReplicateRegion(TwoDynaliteRegions.ROUTE, regions.primary().newStore(), target,
                ReplicationSettings.defaults(), notifier, clock);
    }

    private List<DivergenceDetected> divergenceRecorded() {
        return regions.replicationEvents().stream()
                .filter(DivergenceDetected.class::isInstance)
                .map(DivergenceDetected.class::cast)
                .toList();
    }
}
