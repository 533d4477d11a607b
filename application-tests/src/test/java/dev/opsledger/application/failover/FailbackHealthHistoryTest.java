package dev.opsledger.application.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.health.summary.ActiveRegionSummary;
import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.application.health.summary.ProjectHealthSummary;
import dev.opsledger.application.health.summary.SwitchSummary;
import dev.opsledger.application.health.summary.SwitchSummary.Kind;
import dev.opsledger.application.health.summary.SwitchSummary.RescuedOrphans;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.replication.ReplicationSettings;
import dev.opsledger.application.replication.TwoRegions;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryHealthSummaryReadModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Failover and failback are recorded in the secondary's log, the control store; each region's health summary
 * is folded from its own log. Once failed back, the primary serves {@code GET /health} again, and must tell the
 * same active region and switches as the secondary.
 */
class FailbackHealthHistoryTest {

    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;

    private final TwoRegions regions = new TwoRegions();

    @Test
    void after_failback_both_regions_summaries_name_the_same_active_region_and_switches() {
        regions.startDeployment(regions.primary, "d1");
        Instant failedOverAt = outage(Duration.ofMinutes(3));
        Instant failedBackAt = regions.clock.instant();

        HealthSummary primary = summaryOf(regions.primary);
        HealthSummary secondary = summaryOf(regions.secondary);

        assertThat(primary.activeRegion()).isEqualTo(secondary.activeRegion())
                .contains(new ActiveRegionSummary(EAST, 2, false, failedBackAt));
        assertThat(primary.switches()).isEqualTo(secondary.switches()).containsExactly(
                new SwitchSummary(Kind.FAILBACK, WEST, EAST, 2, failedBackAt, Optional.of(failedBackAt),
                        Optional.of(new RescuedOrphans(1, 0))),
                new SwitchSummary(Kind.FAILOVER, EAST, WEST, 1, failedOverAt, Optional.of(failedOverAt), Optional.empty()));
    }

    @Test
    void a_second_failback_brings_the_primary_the_switches_it_has_not_seen() {
        outage(Duration.ofMinutes(3));
        outage(Duration.ofMinutes(5));

        HealthSummary primary = summaryOf(regions.primary);

        assertThat(primary.activeRegion()).isEqualTo(summaryOf(regions.secondary).activeRegion());
        assertThat(primary.activeRegion()).map(ActiveRegionSummary::epoch).contains(4L);
        assertThat(primary.switches()).extracting(SwitchSummary::kind, SwitchSummary::epoch).containsExactly(
                tuple(Kind.FAILBACK, 4L), tuple(Kind.FAILOVER, 3L),
                tuple(Kind.FAILBACK, 2L), tuple(Kind.FAILOVER, 1L));
    }

    /** Takes the primary dark, fails over, restores it after {@code length} and fails back; returns when it failed over. */
    private Instant outage(Duration length) {
        regions.letFeedCatchUp();
        regions.primaryFaults.goDark();
        Instant failedOverAt = regions.clock.instant();
        new EvaluateFailover(TwoRegions.PAIR, regions.router, regions.secondary, 1, regions.notifier, regions.clock)
                .observe(new PrimaryReports(EAST, regions.clock).failing());
        regions.clock.advance(length);
        regions.primaryFaults.restore();
        regions.letFeedCatchUp();
        new FailBack(TwoRegions.PAIR, regions.router, regions.primary, regions.secondary, ReplicationSettings.defaults(),
                regions.notifier, regions.clock).failBack();
        return failedOverAt;
    }

    private HealthSummary summaryOf(EventStore store) {
        regions.letFeedCatchUp();
        InMemoryHealthSummaryReadModel model = new InMemoryHealthSummaryReadModel();
        new ProjectHealthSummary(model).project(new FeedSubscription(store, ReplicationSettings.DEFAULT_LOOK_BACK,
                ReplicationSettings.DEFAULT_PAGE_SIZE).poll(LogPosition.START));
        return model.read();
    }
}
