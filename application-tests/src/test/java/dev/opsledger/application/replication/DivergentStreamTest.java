package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.replication.ReplicationEvent;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stream whose target holds a former primary's orphan: replication marks it divergent once, holds it back in
 * every later pass (also when the divergent commit has left the feed's look-back) and in stream mode, and takes it
 * again only after an operator repaired and cleared it.
 */
class DivergentStreamTest {

    private final TwoRegions regions = new TwoRegions();
    private final AskedAlerts alerts = new AskedAlerts();
    private final StreamId d1 = new DeploymentId("d1").stream();
    private ReplicateRegion replication;

    /** Every alert replication asks to send, before any deduplication a notifier does. */
    private static final class AskedAlerts implements AlertNotifier {

        final List<Alert> asked = new ArrayList<>();

        @Override
        public boolean notify(Alert alert) {
            asked.add(alert);
            return true;
        }
    }

    @BeforeEach
    void divergeD1() {
        replication = new ReplicateRegion(TwoRegions.ROUTE, regions.primary, regions.secondary,
                ReplicationSettings.defaults(), alerts, regions.clock);
        regions.startDeployment(regions.primary, "d1");
        regions.letFeedCatchUp();
        replication.replicateOnce();
        regions.finishDeployment(regions.secondary, "d1", DeploymentOutcome.FAILED, "d1:orphan");
        regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish");
        regions.letFeedCatchUp();
        assertThat(replication.replicateOnce().divergent()).containsExactly(d1);
    }

    @Test
    void a_divergent_stream_is_held_back_by_the_next_passes_once_its_divergent_commit_left_the_look_back() {
        List<EventId> heldInTarget = ids(regions.secondary.readStream(d1));
        regions.clock.advance(Duration.ofMinutes(10));
        regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.ROLLED_BACK, "d1:rollback");
        regions.startDeployment(regions.primary, "d2");
        regions.letFeedCatchUp();

        ReplicationPass next = replication.replicateOnce();
        ReplicationPass restarted = new ReplicateRegion(TwoRegions.ROUTE, regions.primary, regions.secondary,
                ReplicationSettings.defaults(), alerts, regions.clock).replicateOnce();

        assertThat(ids(regions.secondary.readStream(d1))).as("nothing on top of the orphan").isEqualTo(heldInTarget);
        assertThat(next.divergent()).containsExactly(d1);
        assertThat(next.applied()).as("d2 goes on").isEqualTo(1);
        assertThat(restarted.divergent()).containsExactly(d1);
        assertThat(alerts.asked).as("asked once, not per pass").singleElement()
                .satisfies(alert -> assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL));
        assertThat(replicationEvents()).filteredOn(DivergenceDetected.class::isInstance).hasSize(1);
    }

    @Test
    void a_divergent_stream_is_held_back_by_stream_replication_too() {
        List<EventId> heldInTarget = ids(regions.secondary.readStream(d1));
        Commit rollback = regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.ROLLED_BACK, "d1:rollback");

        replication.applyCommit(rollback);
        new ReplicateRegion(TwoRegions.ROUTE, regions.primary, regions.secondary, ReplicationSettings.defaults(), alerts,
                regions.clock).applyCommit(rollback);

        assertThat(ids(regions.secondary.readStream(d1))).isEqualTo(heldInTarget);
        assertThat(alerts.asked).hasSize(1);
    }

    @Test
    void a_divergent_stream_is_resumed_after_an_operator_repaired_and_cleared_it() {
        regions.clock.advance(Duration.ofMinutes(10));
        regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.ROLLED_BACK, "d1:rollback");
        regions.letFeedCatchUp();
        replication.replicateOnce();
        regions.secondary.discardAfter(d1, 1);

        ResumeDivergentStream.Resumed resumed = resume().resume(d1);

        assertThat(resumed.caughtUp()).isTrue();
        assertThat(regions.secondary.readStream(d1)).isEqualTo(regions.primary.readStream(d1));
        assertThat(replicationEvents()).last().isInstanceOf(DivergenceCleared.class);
        assertThat(alerts.asked).extracting(Alert::severity).containsExactly(AlertSeverity.CRITICAL, AlertSeverity.RESOLVED);
        regions.clock.advance(Duration.ofMinutes(10));
        regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:redeployed");
        regions.letFeedCatchUp();

        ReplicationPass resumedPass = replication.replicateOnce();

        assertThat(resumedPass.divergent()).isEmpty();
        assertThat(resumedPass.applied()).isEqualTo(1);
        assertThat(regions.secondary.readStream(d1)).isEqualTo(regions.primary.readStream(d1));
    }

    @Test
    void refuses_to_clear_a_stream_the_target_still_holds_other_events_of() {
        List<RecordedEvent> before = regions.secondary.readStream(d1);

        assertThatThrownBy(() -> resume().resume(d1)).isInstanceOf(StreamStillDivergent.class)
                .hasMessageContaining(d1.value()).hasMessageContaining("repair it first");

        assertThat(regions.secondary.readStream(d1)).isEqualTo(before);
        assertThat(replicationEvents()).noneMatch(DivergenceCleared.class::isInstance);
        assertThat(replication.replicateOnce().divergent()).containsExactly(d1);
    }

    @Test
    void refuses_to_clear_a_stream_that_is_not_marked_divergent() {
        StreamId d2 = regions.startDeployment(regions.primary, "d2").stream();

        assertThatThrownBy(() -> resume().resume(d2)).isInstanceOf(CommandRejected.class)
                .hasMessageContaining(d2.value() + " is not marked divergent");
        assertThat(regions.secondary.readStream(d2)).isEmpty();
    }

    private ResumeDivergentStream resume() {
        return new ResumeDivergentStream(TwoRegions.ROUTE, regions.primary, regions.secondary, alerts, regions.clock);
    }

    private static List<EventId> ids(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::id).toList();
    }

    private List<ReplicationEvent> replicationEvents() {
        return regions.secondary.readSeries(TwoRegions.ROUTE.series()).stream()
                .map(RecordedEvent::event)
                .map(ReplicationEvent.class::cast)
                .toList();
    }
}
