package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.contract.AppendCountingEventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplicateRegionTest {

    private final TwoRegions regions = new TwoRegions();

    @Test
    void copies_deployments_and_incidents_but_leaves_health_streams_in_their_region() {
        Commit deployment = regions.startDeployment(regions.primary, "d1");
        regions.openIncident(regions.primary, "i1");
        Commit health = regions.recordHealthCheck(regions.primary, "check-1");
        regions.letFeedCatchUp();

        ReplicationPass pass = regions.replication().replicateOnce();

        assertThat(pass.applied()).isEqualTo(2);
        assertThat(pass.succeeded()).isTrue();
        assertThat(pass.lag()).isZero();
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams())).isEmpty();
        assertThat(regions.secondary.readStream(deployment.stream())).isEqualTo(deployment.events());
        assertThat(regions.secondary.readStream(health.stream())).isEmpty();
    }

    @Test
    void running_a_pass_again_changes_nothing_in_the_target() {
        regions.startDeployment(regions.primary, "d1");
        regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish");
        regions.letFeedCatchUp();
        ReplicateRegion replication = regions.replication();
        replication.replicateOnce();
        List<RecordedEvent> replicated = regions.secondary.readStream(new DeploymentId("d1").stream());

        ReplicationPass again = replication.replicateOnce();
        ReplicationPass afterRestart = regions.replication().replicateOnce();

        assertThat(again.applied()).isZero();
        assertThat(afterRestart.applied()).isZero();
        assertThat(afterRestart.alreadyPresent()).isEqualTo(2);
        assertThat(regions.secondary.readStream(new DeploymentId("d1").stream())).isEqualTo(replicated);
    }

    @Test
    void applies_each_commit_of_a_pass_at_its_source_version_and_converges() {
        StreamId d1 = regions.startDeployment(regions.primary, "d1").stream();
        StreamId d2 = regions.startDeployment(regions.primary, "d2").stream();
        regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish");
        regions.finishDeployment(regions.primary, "d2", DeploymentOutcome.FAILED, "d2:finish");
        regions.letFeedCatchUp();
        AppendCountingEventStore target = new AppendCountingEventStore(regions.secondary);

        ReplicationPass pass = new ReplicateRegion(TwoRegions.ROUTE, regions.primary, target,
                ReplicationSettings.defaults(), regions.notifier, regions.clock).replicateOnce();

        assertThat(pass.applied()).isEqualTo(4);
        assertThat(target.appends()).as("the commits, then the journal")
                .containsExactly(d1, d2, d1, d2, TwoRegions.ROUTE.streamAt(regions.clock.instant()));
        assertThat(regions.secondary.readStream(d1)).isEqualTo(regions.primary.readStream(d1));
        assertThat(regions.secondary.readStream(d2)).isEqualTo(regions.primary.readStream(d2));
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams())).isEmpty();
    }

    @Test
    void keeps_its_checkpoint_in_the_target_and_a_new_replicator_resumes_from_it() {
        regions.startDeployment(regions.primary, "d1");
        regions.letFeedCatchUp();
        ReplicationPass first = regions.replication().replicateOnce();
        regions.clock.advance(Duration.ofMinutes(10));
        regions.startDeployment(regions.primary, "d2");
        regions.letFeedCatchUp();

        ReplicationPass second = regions.replication().replicateOnce();

        assertThat(second.applied()).isEqualTo(1);
        assertThat(second.alreadyPresent()).as("the look-back reads the checkpoint's own commit again").isEqualTo(1);
        assertThat(replicationEvents()).filteredOn(CheckpointAdvanced.class::isInstance)
                .extracting(event -> ((CheckpointAdvanced) event).checkpoint())
                .containsExactly(first.checkpoint(), second.checkpoint());
    }

    @Test
    void fetches_the_earlier_commits_of_a_stream_the_target_is_missing() {
        regions.primaryFaults.slowDown(Duration.ofSeconds(40));
        Commit slow = regions.startDeployment(regions.primary, "d1");
        regions.primaryFaults.restore();
        Commit finish = regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish");
        regions.letFeedCatchUp();
        ReplicateRegion replication = regions.replication();

        ReplicationPass pass = replication.replicateOnce();
        regions.clock.advance(Duration.ofSeconds(40));
        ReplicationPass whenTheSlowCommitShows = replication.replicateOnce();

        assertThat(pass.applied()).isEqualTo(1);
        assertThat(regions.secondary.readStream(finish.stream()))
                .extracting(RecordedEvent::id)
                .containsExactly(slow.events().getFirst().id(), finish.events().getFirst().id());
        assertThat(whenTheSlowCommitShows.applied()).isZero();
        assertThat(whenTheSlowCommitShows.alreadyPresent()).isEqualTo(1);
    }

    @Test
    void reports_a_divergent_stream_alerts_and_goes_on_with_the_others() {
        regions.startDeployment(regions.primary, "d1");
        regions.letFeedCatchUp();
        ReplicateRegion replication = regions.replication();
        replication.replicateOnce();
        StreamId d1 = new DeploymentId("d1").stream();
        regions.finishDeployment(regions.secondary, "d1", DeploymentOutcome.FAILED, "d1:finish-in-dr");
        Commit unreplicable = regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish");
        regions.startDeployment(regions.primary, "d2");
        regions.letFeedCatchUp();

        ReplicationPass pass = replication.replicateOnce();

        assertThat(pass.divergent()).containsExactly(d1);
        assertThat(pass.applied()).isEqualTo(1);
        assertThat(pass.lag()).isEqualTo(Duration.between(unreplicable.committedAt(), regions.clock.instant()));
        assertThat(replicationEvents()).filteredOn(DivergenceDetected.class::isInstance)
                .singleElement()
                .satisfies(event -> {
                    DivergenceDetected detected = (DivergenceDetected) event;
                    assertThat(detected.stream()).isEqualTo(d1);
                    assertThat(detected.sourceDigest()).isEqualTo(StreamDigest.of(regions.primary.readStream(d1)));
                    assertThat(detected.targetDigest()).isEqualTo(StreamDigest.of(regions.secondary.readStream(d1)));
                });
        assertThat(regions.notifier.sent()).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
                    assertThat(alert.subject()).contains(d1.value());
                });
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams()))
                .containsExactly(d1);
    }

    @Test
    void reports_a_catch_up_too_large_for_one_commit_as_a_failing_pass_not_as_divergence() {
        regions.primaryFaults.slowDown(Duration.ofSeconds(40));
        Commit first = quarantineOfADeploymentWith(2_200, "q1");
        quarantineOfADeploymentWith(2_200, "q2");
        regions.primaryFaults.restore();
        quarantineOfADeploymentWith(1, "q3");
        regions.letFeedCatchUp();
        ReplicateRegion replication = regions.replication();

        List<ReplicationPass> passes = List.of(
                replication.replicateOnce(), replication.replicateOnce(), replication.replicateOnce());

        assertThat(passes).allSatisfy(pass -> {
            assertThat(pass.succeeded()).isFalse();
            assertThat(pass.failure()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains(first.stream().value()).contains("over the limit of 358400 bytes"));
            assertThat(pass.divergent()).isEmpty();
        });
        assertThat(replicationEvents()).noneMatch(DivergenceDetected.class::isInstance)
                .filteredOn(ReplicationFailed.class::isInstance).hasSize(3);
        assertThat(regions.notifier.sent()).singleElement().satisfies(alert -> {
            assertThat(alert.subject()).contains("is failing");
            assertThat(alert.message()).contains("over the limit");
        });
        assertThat(regions.secondary.readStream(first.stream())).isEmpty();
    }

    @Test
    void lets_a_change_stream_record_whose_catch_up_is_too_large_fail_as_such() {
        quarantineOfADeploymentWith(2_200, "q1");
        quarantineOfADeploymentWith(2_200, "q2");
        Commit third = quarantineOfADeploymentWith(1, "q3");

        assertThatThrownBy(() -> regions.replication().applyCommit(third)).isInstanceOf(CommitTooLarge.class);
        assertThat(regions.notifier.sent()).isEmpty();
        assertThat(replicationEvents()).noneMatch(DivergenceDetected.class::isInstance);
    }

    @Test
    void applies_change_stream_records_one_by_one_with_the_same_idempotence() {
        ReplicateRegion replication = regions.replication();
        List<Commit> records = List.of(
                regions.startDeployment(regions.primary, "d1"),
                regions.recordHealthCheck(regions.primary, "check-1"),
                regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish"));

        records.forEach(replication::applyCommit);
        records.forEach(replication::applyCommit);

        assertThat(regions.secondary.allCommits()).extracting(Commit::events)
                .containsExactly(records.get(0).events(), records.get(2).events());
    }

    @Test
    void a_scheduled_pass_after_the_stream_finds_everything_already_there() {
        ReplicateRegion streamed = regions.replication();
        streamed.applyCommit(regions.startDeployment(regions.primary, "d1"));
        streamed.applyCommit(regions.openIncident(regions.primary, "i1"));
        regions.letFeedCatchUp();

        ReplicationPass reconciled = regions.replication().replicateOnce();

        assertThat(reconciled.applied()).isZero();
        assertThat(reconciled.alreadyPresent()).isEqualTo(2);
    }

    /** A quarantine record holding a deployment that shipped {@code changes} commits, about 94 bytes each. */
    private Commit quarantineOfADeploymentWith(int changes, String eventId) {
        Instant now = regions.clock.instant();
        DeploymentId orphan = new DeploymentId("orphan-" + eventId);
        List<Change> shipped = IntStream.range(0, changes)
                .mapToObj(index -> new Change("%040x".formatted(index), now.minus(Duration.ofHours(1))))
                .toList();
        DeploymentStarted started = new DeploymentStarted(orphan, "checkout", "production", "1.0.0", shipped, now);
        CommitQuarantined quarantined = new CommitQuarantined(orphan.stream(), 1, List.of(new EventId(eventId + ":started")),
                List.of(started), "decided against what the other region recorded", now);
        return TwoRegions.append(regions.primary, CommitQuarantined.streamFor(new DeploymentId("d1").stream()), eventId,
                quarantined);
    }

    private List<ReplicationEvent> replicationEvents() {
        return regions.secondary.readSeries(TwoRegions.ROUTE.series()).stream()
                .map(RecordedEvent::event)
                .map(ReplicationEvent.class::cast)
                .toList();
    }
}
