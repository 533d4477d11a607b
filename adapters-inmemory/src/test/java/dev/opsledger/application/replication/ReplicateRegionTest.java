package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.contract.AppendCountingEventStore;
import java.time.Duration;
import java.util.List;
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

    private List<ReplicationEvent> replicationEvents() {
        return regions.secondary.readSeries(TwoRegions.ROUTE.series()).stream()
                .map(RecordedEvent::event)
                .map(ReplicationEvent.class::cast)
                .toList();
    }
}
