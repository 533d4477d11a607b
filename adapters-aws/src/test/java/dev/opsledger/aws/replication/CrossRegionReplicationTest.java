package dev.opsledger.aws.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.replication.ReplicateRegion;
import dev.opsledger.application.replication.ReplicationPass;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.incident.Severity;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.RecordingAlertNotifier;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Replication from one dynalite region into another through the real DynamoDB event store on both sides. */
class CrossRegionReplicationTest {

    /** Just before an hour turns, so that the history spans two hour buckets of the feed index. */
    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-03T09:55:00Z"));
    private final TwoDynaliteRegions regions = TwoDynaliteRegions.fresh(clock);
    private final EventStore primaryApi = regions.primary().newStore();
    private final OpsWorkload workload =
            new OpsWorkload(List.of(primaryApi), TwoDynaliteRegions.PAIR.primary(), clock, new Random(20250303));
    private final RecordingAlertNotifier notifier = new RecordingAlertNotifier(new Faults());

    @Test
    void copies_every_deployment_and_incident_commit_into_the_other_region() {
        workload.write(60);
        StreamId healthStream = recordHealthCheck();

        List<ReplicationPass> passes = CatchUp.passes(replicator());

        ReplicationAudit audit = regions.audit();
        assertThat(replicatedCommitsOfThePrimary()).extracting(commit -> EventTableSchema.hourBucket(commit.committedAt()))
                .as("hours of the feed index").containsOnly("2025-03-03T09", "2025-03-03T10").contains("2025-03-03T10");
        assertThat(audit.sourceCommits()).isGreaterThan(40);
        assertThat(audit.lost()).isEmpty();
        assertThat(audit.duplicated()).isEmpty();
        assertThat(audit.divergent()).isEmpty();
        assertThat(passes.stream().mapToInt(ReplicationPass::applied).sum()).isEqualTo(audit.sourceCommits());
        assertThat(passes).allSatisfy(pass -> assertThat(pass.divergent()).isEmpty());
        assertThat(regions.secondary().newStore().readStream(healthStream)).as("health is region-local").isEmpty();
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void records_each_pass_checkpoint_in_the_target_region_and_a_new_replicator_resumes_from_it() {
        workload.write(15);
        ReplicationPass first = replicator().replicateOnce();
        List<StoredCommit> before = replicatedCommitsOfThePrimary();
        clock.advance(Duration.ofMinutes(10));
        workload.write(15);

        ReplicationPass afterRestart = replicator().replicateOnce();

        assertThat(first.checkpoint()).isEqualTo(newestPosition(before));
        assertThat(afterRestart.checkpoint()).isEqualTo(newestPosition(replicatedCommitsOfThePrimary()));
        assertThat(afterRestart.applied()).isEqualTo(replicatedCommitsOfThePrimary().size() - before.size());
        LogPosition lookBackFrom = new LogPosition(first.checkpoint().committedAt().minus(ReplicationSettings.DEFAULT_LOOK_BACK),
                first.checkpoint().stream(), first.checkpoint().version());
        assertThat(afterRestart.alreadyPresent()).as("the commits the look-back window reads again")
                .isEqualTo(before.stream().filter(commit -> commit.position().compareTo(lookBackFrom) > 0).count());
        assertThat(regions.replicationEvents()).filteredOn(CheckpointAdvanced.class::isInstance)
                .extracting(event -> ((CheckpointAdvanced) event).checkpoint())
                .containsExactly(first.checkpoint(), afterRestart.checkpoint());
        assertThat(regions.audit().lost()).isEmpty();
    }

    @Test
    void running_again_over_a_caught_up_region_writes_no_commit() {
        workload.write(30);
        ReplicateRegion replication = replicator();
        CatchUp.passes(replication);
        List<Map<String, AttributeValue>> replicated = businessItems();
        clock.advance(Duration.ofSeconds(30));

        ReplicationPass again = replication.replicateOnce();
        ReplicationPass afterRestart = replicator().replicateOnce();

        assertThat(again.applied()).isZero();
        assertThat(afterRestart.applied()).isZero();
        assertThat(afterRestart.alreadyPresent()).as("the look-back re-reads the last two minutes").isPositive();
        assertThat(businessItems()).isEqualTo(replicated);
        assertThat(regions.audit().duplicated()).isEmpty();
    }

    @Test
    void writes_each_commit_of_a_stream_it_follows_with_one_put_and_no_read() {
        IncidentId incident = new IncidentId("inc-1");
        Instant opened = clock.instant();
        appendToPrimary(incident.stream(), 0, "open",
                new IncidentOpened(incident, "checkout", "production", Severity.HIGH, opened, Optional.empty()));
        appendToPrimary(incident.stream(), 1, "blame", new IncidentAttributed(incident, new DeploymentId("d1")));
        appendToPrimary(incident.stream(), 2, "resolve", new IncidentResolved(incident, opened.plus(Duration.ofMinutes(20))));
        StreamRequests requests = new StreamRequests();
        DynamoDbClient watched = Dynalite.clientFor(TwoDynaliteRegions.secondaryServer().endpoint(),
                configuration -> configuration.addExecutionInterceptor(requests));

        ReplicationPass pass = new ReplicateRegion(TwoDynaliteRegions.ROUTE, regions.primary().newStore(),
                regions.secondary().through(watched).newStore(), ReplicationSettings.defaults(), notifier, clock)
                .replicateOnce();
        watched.close();

        assertThat(pass.applied()).isEqualTo(3);
        assertThat(requests.operationsOn(incident.stream()))
                .containsExactly("PutItem", "PutItem", "PutItem");
        assertThat(regions.audit().clean()).isTrue();
    }

    @Test
    void a_stream_met_half_way_over_an_orphan_is_reported_divergent_and_held_back_by_the_next_pass() {
        IncidentId incident = new IncidentId("inc-2");
        Instant opened = clock.instant();
        IncidentOpened open = new IncidentOpened(incident, "checkout", "production", Severity.HIGH, opened, Optional.empty());
        IncidentResolved resolve = new IncidentResolved(incident, opened.plus(Duration.ofMinutes(20)));
        EventStore formerPrimary = regions.secondary().newStore();
        formerPrimary.append(incident.stream(), 0, List.of(new NewEvent(new EventId("open"), open)));
        formerPrimary.append(incident.stream(), 1, List.of(new NewEvent(new EventId("resolve"), resolve)));
        appendToPrimary(incident.stream(), 0, "open", open);
        appendToPrimary(incident.stream(), 1, "blame", new IncidentAttributed(incident, new DeploymentId("d1")));
        ReplicateRegion replication = replicator();
        ReplicationPass meetsTheOrphan = replication.replicateOnce();
        clock.advance(Duration.ofMinutes(5));
        appendToPrimary(incident.stream(), 2, "blame-again", new IncidentAttributed(incident, new DeploymentId("d2")));
        appendToPrimary(incident.stream(), 3, "resolve", resolve);

        ReplicationPass halfWay = replication.replicateOnce();

        assertThat(meetsTheOrphan.divergent()).containsExactly(incident.stream());
        assertThat(halfWay.divergent()).as("held back, the divergent commit having left the look-back")
                .containsExactly(incident.stream());
        assertThat(formerPrimary.readStream(incident.stream())).extracting(event -> event.id().value())
                .as("nothing written on top of the orphan").containsExactly("open", "resolve");
    }

    private ReplicateRegion replicator() {
        return new ReplicateRegion(TwoDynaliteRegions.ROUTE, regions.primary().newStore(), regions.secondary().newStore(),
                ReplicationSettings.defaults(), notifier, clock);
    }

    private void appendToPrimary(StreamId stream, long expectedVersion, String eventId, DomainEvent event) {
        clock.advance(Duration.ofSeconds(5));
        primaryApi.append(stream, expectedVersion, List.of(new NewEvent(new EventId(eventId), event)));
    }

    private StreamId recordHealthCheck() {
        ComponentKey api = new ComponentKey(TwoDynaliteRegions.PAIR.primary(), Component.API);
        CheckRecorded check = new CheckRecorded(api, CheckResult.passed(Duration.ofMillis(35), clock.instant()));
        primaryApi.append(api.streamAt(clock.instant()), 0, List.of(new NewEvent(new EventId("check-1"), check)));
        return api.streamAt(clock.instant());
    }

    private List<StoredCommit> replicatedCommitsOfThePrimary() {
        return regions.primary().storedCommits().stream()
                .filter(commit -> ReplicationSettings.defaults().replicated().test(commit.stream()))
                .toList();
    }

    private static LogPosition newestPosition(List<StoredCommit> commits) {
        return commits.stream().map(StoredCommit::position).max(Comparator.naturalOrder()).orElseThrow();
    }

    private List<Map<String, AttributeValue>> businessItems() {
        return regions.secondary().items().stream()
                .filter(item -> StoredCommit.of(item)
                        .filter(commit -> ReplicationSettings.defaults().replicated().test(commit.stream()))
                        .isPresent())
                .toList();
    }
}
