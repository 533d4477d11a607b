package dev.opsledger.application.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.replication.DivergenceCheck;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.application.replication.TwoRegions;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentId;
import dev.opsledger.domain.deployment.DeploymentOutcome;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The primary replicates d1, d2 and i1, then acknowledges d1's success, d2's success and d3's start and
 * goes dark before replicating them. The secondary takes over and records d2 as failed (a client retried
 * against it with another id) and starts d4. Then the primary comes back.
 */
class FailBackTest {

    private static final StreamId D1 = new DeploymentId("d1").stream();
    private static final StreamId D2 = new DeploymentId("d2").stream();
    private static final StreamId D3 = new DeploymentId("d3").stream();
    private static final StreamId D4 = new DeploymentId("d4").stream();

    private final TwoRegions regions = new TwoRegions();
    private final List<Commit> acknowledged = new ArrayList<>();

    @Test
    void reapplies_the_orphans_the_deciders_still_accept() {
        FailbackOutcome outcome = outageThenFailBack(regions.router);

        assertThat(outcome.reapplied()).isEqualTo(2);
        assertThat(ids(regions.secondary.readStream(D1))).containsExactly(id("d1:start"), id("d1:finish"));
        assertThat(ids(regions.secondary.readStream(D3))).containsExactly(id("d3:start"));
    }

    @Test
    void quarantines_an_orphan_the_secondary_decided_otherwise_and_warns() {
        FailbackOutcome outcome = outageThenFailBack(regions.router);

        assertThat(outcome.quarantined()).isEqualTo(1);
        assertThat(regions.secondary.readStream(CommitQuarantined.streamFor(D2))).singleElement()
                .extracting(RecordedEvent::event)
                .isInstanceOfSatisfying(CommitQuarantined.class, quarantined -> {
                    assertThat(quarantined.originalStream()).isEqualTo(D2);
                    assertThat(quarantined.firstVersion()).isEqualTo(2);
                    assertThat(quarantined.eventIds()).containsExactly(id("d2:finish"));
                    assertThat(quarantined.events()).singleElement()
                            .isInstanceOfSatisfying(DeploymentFinished.class,
                                    finished -> assertThat(finished.outcome()).isEqualTo(DeploymentOutcome.SUCCEEDED));
                    assertThat(quarantined.reason()).contains("already finished as FAILED");
                });
        assertThat(regions.notifier.sent()).filteredOn(alert -> alert.severity() == AlertSeverity.WARNING)
                .singleElement()
                .extracting(Alert::subject).asString().contains(D2.value());
        assertThat(regions.primary.readStream(D2)).isEqualTo(regions.secondary.readStream(D2));
    }

    @Test
    void leaves_no_divergent_stream_and_hands_writes_back_to_the_primary() {
        FailbackOutcome outcome = outageThenFailBack(regions.router);

        ActiveRegion primaryAgain = new ActiveRegion(Region.US_EAST_1, 2);
        assertThat(outcome.divergentAfter()).isEmpty();
        assertThat(outcome.active()).isEqualTo(primaryAgain);
        assertThat(regions.router.activeRegion()).isEqualTo(primaryAgain);
        assertThat(DivergenceCheck.compare(regions.primary, regions.secondary, regions.replicatedStreams())).isEmpty();
        assertThat(regions.secondary.readStream(TwoRegions.PAIR.stream())).extracting(RecordedEvent::event)
                .filteredOn(FailbackCompleted.class::isInstance)
                .singleElement()
                .isEqualTo(new FailbackCompleted(Region.US_EAST_1, 2, 2, 1, regions.clock.instant()));
        assertThat(regions.notifier.sent()).last().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(AlertSeverity.RESOLVED);
            assertThat(alert.problemKey()).isEqualTo(TwoRegions.PAIR.stream().value());
        });
    }

    @Test
    void copies_back_what_the_secondary_took_during_the_outage() {
        FailbackOutcome outcome = outageThenFailBack(regions.router);

        // d2's finish and d4's start from the secondary; d1's finish, d3's start and the quarantine record
        // went through the secondary first and come back from there.
        assertThat(outcome.copiedBack()).isEqualTo(5);
        assertThat(ids(regions.primary.readStream(D4))).containsExactly(id("d4:start"));
        assertThat(ids(regions.primary.readStream(D2))).containsExactly(id("d2:start"), id("d2:finish-in-dr"));
    }

    @Test
    void every_acknowledged_event_ends_in_the_log_or_in_quarantine() {
        outageThenFailBack(regions.router);

        Set<EventId> kept = new HashSet<>();
        for (StreamId stream : regions.replicatedStreams()) {
            for (RecordedEvent event : regions.secondary.readStream(stream)) {
                kept.add(event.id());
                if (event.event() instanceof CommitQuarantined quarantined) {
                    kept.addAll(quarantined.eventIds());
                }
            }
        }

        assertThat(kept).containsAll(acknowledged.stream().flatMap(commit -> ids(commit.events()).stream()).toList());
    }

    @Test
    void a_failback_that_crashed_before_promoting_is_finished_by_running_it_again() {
        TrafficRouter crashing = new TrafficRouter() {
            @Override
            public ActiveRegion activeRegion() {
                return regions.router.activeRegion();
            }

            @Override
            public ActiveRegion promote(Region region, long expectedEpoch) {
                throw new IllegalStateException("the process died");
            }
        };
        assertThatThrownBy(() -> outageThenFailBack(crashing)).hasMessage("the process died");

        FailbackOutcome rerun = failBack(regions.router);

        assertThat(rerun.active()).isEqualTo(new ActiveRegion(Region.US_EAST_1, 2));
        assertThat(rerun.divergentAfter()).isEmpty();
        assertThat(regions.secondary.readStream(TwoRegions.PAIR.stream())).extracting(RecordedEvent::event)
                .filteredOn(FailbackInitiated.class::isInstance).hasSize(1);
        assertThat(regions.secondary.readStream(CommitQuarantined.streamFor(D2))).hasSize(1);
    }

    @Test
    void refuses_to_fail_back_while_the_primary_is_active() {
        assertThatThrownBy(() -> failBack(regions.router)).isInstanceOf(IllegalStateException.class);
    }

    private FailbackOutcome outageThenFailBack(TrafficRouter router) {
        ack(regions.startDeployment(regions.primary, "d1"));
        ack(regions.startDeployment(regions.primary, "d2"));
        ack(regions.openIncident(regions.primary, "i1"));
        regions.letFeedCatchUp();
        regions.replication().replicateOnce();
        ack(regions.finishDeployment(regions.primary, "d1", DeploymentOutcome.SUCCEEDED, "d1:finish"));
        ack(regions.finishDeployment(regions.primary, "d2", DeploymentOutcome.SUCCEEDED, "d2:finish"));
        ack(regions.startDeployment(regions.primary, "d3"));
        regions.primaryFaults.goDark();
        failOver();
        ack(regions.finishDeployment(regions.secondary, "d2", DeploymentOutcome.FAILED, "d2:finish-in-dr"));
        ack(regions.startDeployment(regions.secondary, "d4"));
        regions.primaryFaults.restore();
        regions.letFeedCatchUp();
        return failBack(router);
    }

    private void failOver() {
        EvaluateFailover evaluation = new EvaluateFailover(TwoRegions.PAIR, regions.router, regions.secondary, 1,
                regions.notifier, regions.clock);
        evaluation.observe(new PrimaryReports(Region.US_EAST_1, regions.clock).failing());
    }

    private FailbackOutcome failBack(TrafficRouter router) {
        return new FailBack(TwoRegions.PAIR, router, regions.primary, regions.secondary, ReplicationSettings.defaults(),
                regions.notifier, regions.clock).failBack();
    }

    private void ack(Commit commit) {
        acknowledged.add(commit);
    }

    private static List<EventId> ids(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::id).toList();
    }

    private static EventId id(String value) {
        return new EventId(value);
    }
}
