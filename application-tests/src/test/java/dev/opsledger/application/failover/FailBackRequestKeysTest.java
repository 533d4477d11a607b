package dev.opsledger.application.failover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.fencing.WriteFence;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.RecordDeployment;
import dev.opsledger.application.recording.Recorded;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.application.replication.TwoRegions;
import dev.opsledger.domain.deployment.Change;
import dev.opsledger.domain.deployment.DeploymentCommand.StartDeployment;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.requestkey.RequestKey;
import dev.opsledger.domain.requestkey.RequestKeyClaimed;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request keys travel like the deployments they were spent on, and failback treats a key's claim as it
 * treats any orphan: reapplied when the other region has not spent the key, quarantined when it spent it
 * on another stream meanwhile.
 */
class FailBackRequestKeysTest {

    private static final RequestKey KEY = new RequestKey("key-1");
    private static final DeploymentId D3 = new DeploymentId("d3");
    private static final DeploymentId D4 = new DeploymentId("d4");

    private final TwoRegions regions = new TwoRegions();

    @Test
    void replicates_a_key_with_the_deployment_it_was_spent_on() {
        recordIn(regions.primary, Region.US_EAST_1, KEY.value(), D3);
        regions.letFeedCatchUp();

        regions.replication().replicateOnce();

        assertThat(regions.secondary.readStream(KEY.stream())).isEqualTo(regions.primary.readStream(KEY.stream()));
        assertThat(regions.secondary.readStream(D3.stream())).hasSize(1);
    }

    @Test
    void reapplies_a_claim_whose_request_crashed_before_its_append_and_the_retry_then_records() {
        // The primary claimed the key, then died before appending d3's start and before replicating.
        TwoRegions.append(regions.primary, KEY.stream(), D3.stream().value(), new RequestKeyClaimed(KEY, D3.stream()));
        outage();

        FailbackOutcome outcome = failBack();

        assertThat(outcome.reapplied()).isEqualTo(1);
        assertThat(outcome.quarantined()).isZero();
        assertThat(outcome.divergentAfter()).isEmpty();
        assertThat(regions.secondary.readStream(KEY.stream())).extracting(RecordedEvent::event)
                .containsExactly(new RequestKeyClaimed(KEY, D3.stream()));
        assertThat(recordIn(regions.primary, Region.US_EAST_1, KEY.value(), D3).alreadyRecorded()).isFalse();
    }

    @Test
    void quarantines_a_claim_when_the_other_region_spent_the_key_on_another_stream() {
        TwoRegions.append(regions.primary, KEY.stream(), D3.stream().value(), new RequestKeyClaimed(KEY, D3.stream()));
        outage();
        recordIn(regions.secondary, Region.US_WEST_2, KEY.value(), D4);
        regions.letFeedCatchUp();

        FailbackOutcome outcome = failBack();

        assertThat(outcome.quarantined()).isEqualTo(1);
        assertThat(outcome.divergentAfter()).isEmpty();
        assertThat(regions.secondary.readStream(CommitQuarantined.streamFor(KEY.stream()))).singleElement()
                .extracting(RecordedEvent::event)
                .isInstanceOfSatisfying(CommitQuarantined.class, quarantined ->
                        assertThat(quarantined.reason()).contains("already spent on deployment:d4"));
        assertThat(regions.primary.readStream(KEY.stream())).extracting(RecordedEvent::event)
                .containsExactly(new RequestKeyClaimed(KEY, D4.stream()));
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams())).isEmpty();
    }

    private void outage() {
        regions.primaryFaults.goDark();
        new EvaluateFailover(TwoRegions.PAIR, regions.router, regions.secondary, 1, regions.notifier, regions.clock)
                .observe(new PrimaryReports(Region.US_EAST_1, regions.clock).failing());
        regions.primaryFaults.restore();
        regions.letFeedCatchUp();
    }

    private FailbackOutcome failBack() {
        return new FailBack(TwoRegions.PAIR, regions.router, regions.primary, regions.secondary,
                ReplicationSettings.defaults(), regions.notifier, regions.clock).failBack();
    }

    private Recorded recordIn(EventStore store, Region region, String key, DeploymentId deployment) {
        regions.clock.advance(Duration.ofSeconds(1));
        StartDeployment start = new StartDeployment(deployment, "checkout", "production", "1.0.0",
                List.of(new Change("abc1234", regions.clock.instant().minus(Duration.ofHours(2)))), regions.clock.instant());
        return new RecordDeployment(store, new WriteFence(region, regions.router)).handle(key, start);
    }
}
