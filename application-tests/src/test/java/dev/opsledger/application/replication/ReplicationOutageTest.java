package dev.opsledger.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.shared.LogPosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationOutageTest {

    private final TwoRegions regions = new TwoRegions();

    @Test
    void a_dark_target_fails_the_passes_alerts_on_the_third_and_loses_nothing_once_back() {
        ReplicateRegion replication = regions.replication();
        regions.startDeployment(regions.primary, "d1");
        regions.letFeedCatchUp();
        replication.replicateOnce();
        LogPosition checkpoint = replication.replicateOnce().checkpoint();
        regions.secondaryFaults.goDark();
        regions.startDeployment(regions.primary, "d2");
        regions.openIncident(regions.primary, "i1");
        regions.letFeedCatchUp();

        ReplicationPass first = replication.replicateOnce();
        ReplicationPass second = replication.replicateOnce();
        List<Alert> beforeThird = regions.notifier.sent();
        ReplicationPass third = replication.replicateOnce();

        assertThat(List.of(first, second, third)).allSatisfy(pass -> {
            assertThat(pass.succeeded()).isFalse();
            assertThat(pass.checkpoint()).isEqualTo(checkpoint);
        });
        assertThat(beforeThird).isEmpty();
        assertThat(regions.notifier.sent()).singleElement()
                .extracting(Alert::severity).isEqualTo(AlertSeverity.CRITICAL);

        regions.secondaryFaults.restore();
        ReplicationPass recovered = replication.replicateOnce();

        assertThat(recovered.succeeded()).isTrue();
        assertThat(recovered.applied()).isEqualTo(2);
        assertThat(regions.notifier.sent()).last().extracting(Alert::severity).isEqualTo(AlertSeverity.RESOLVED);
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams())).isEmpty();
    }

    @Test
    void a_dark_source_is_recorded_as_failures_in_the_target() {
        ReplicateRegion replication = regions.replication();
        regions.startDeployment(regions.primary, "d1");
        regions.letFeedCatchUp();
        regions.primaryFaults.goDark();

        replication.replicateOnce();
        replication.replicateOnce();

        assertThat(regions.secondary.readSeries(TwoRegions.ROUTE.series()))
                .extracting(RecordedEvent::event)
                .allSatisfy(event -> assertThat(event).isInstanceOf(ReplicationFailed.class))
                .extracting(event -> ((ReplicationFailed) event).consecutiveFailures())
                .containsExactly(1, 2);

        regions.primaryFaults.restore();
        assertThat(replication.replicateOnce().applied()).isEqualTo(1);
    }

    @Test
    void a_pass_cut_off_midway_is_completed_by_the_next_without_duplicates() {
        ReplicateRegion replication = regions.replication();
        replication.replicateOnce();
        for (int i = 1; i <= 4; i++) {
            regions.startDeployment(regions.primary, "d" + i);
        }
        regions.letFeedCatchUp();
        regions.secondaryFaults.failNext(2);

        ReplicationPass cutOff = replication.replicateOnce();
        ReplicationPass next = replication.replicateOnce();

        assertThat(cutOff.succeeded()).isFalse();
        assertThat(next.applied() + next.alreadyPresent()).isEqualTo(4);
        assertThat(regions.replicatedStreams()).allSatisfy(stream ->
                assertThat(regions.secondary.readStream(stream)).isEqualTo(regions.primary.readStream(stream)));
    }
}
