package dev.opsledger.application.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.replication.TwoRegions;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateFailoverTest {

    private static final int THRESHOLD = 3;
    private static final ActiveRegion PRIMARY_ACTIVE = new ActiveRegion(Region.US_EAST_1, 0);
    private static final ActiveRegion SECONDARY_ACTIVE = new ActiveRegion(Region.US_WEST_2, 1);

    private final TwoRegions regions = new TwoRegions();
    private final PrimaryReports reports = new PrimaryReports(Region.US_EAST_1, regions.clock);

    @Test
    void fails_over_on_exactly_the_kth_consecutive_failed_check() {
        EvaluateFailover evaluation = evaluation(regions.router);
        for (int check = 1; check < THRESHOLD; check++) {
            assertThat(evaluation.observe(reports.failing())).isEmpty();
        }
        assertThat(regions.router.activeRegion()).isEqualTo(PRIMARY_ACTIVE);

        assertThat(evaluation.observe(reports.failing())).contains(SECONDARY_ACTIVE);

        assertThat(regions.router.activeRegion()).isEqualTo(SECONDARY_ACTIVE);
        assertThat(failoverEvents()).hasExactlyElementsOfTypes(FailoverInitiated.class, FailoverCompleted.class);
        assertThat(regions.notifier.sent()).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
            assertThat(alert.subject()).isEqualTo("failover to us-west-2");
        });
    }

    @Test
    void a_passing_check_starts_the_count_again() {
        EvaluateFailover evaluation = evaluation(regions.router);
        evaluation.observe(reports.failing());
        evaluation.observe(reports.failing());
        evaluation.observe(reports.passing());
        evaluation.observe(reports.failing());

        assertThat(evaluation.observe(reports.failing())).isEmpty();
        assertThat(regions.router.activeRegion()).isEqualTo(PRIMARY_ACTIVE);
        assertThat(failoverEvents()).isEmpty();
        assertThat(evaluation.observe(reports.failing())).contains(SECONDARY_ACTIVE);
    }

    @Test
    void stays_failed_over_while_the_primary_keeps_failing() {
        EvaluateFailover evaluation = evaluation(regions.router);
        for (int check = 1; check <= THRESHOLD; check++) {
            evaluation.observe(reports.failing());
        }

        assertThat(evaluation.observe(reports.failing())).isEmpty();
        assertThat(regions.router.history()).containsExactly(SECONDARY_ACTIVE);
        assertThat(failoverEvents()).hasSize(2);
    }

    @Test
    void a_restarted_evaluator_finishes_a_failover_that_crashed_before_promoting() {
        EvaluateFailover crashing = evaluation(new HookedRouter(regions.router, () -> {
            throw new IllegalStateException("the process died");
        }, false));
        for (int check = 1; check < THRESHOLD; check++) {
            crashing.observe(reports.failing());
        }
        assertThatThrownBy(() -> crashing.observe(reports.failing())).hasMessage("the process died");
        assertThat(failoverEvents()).hasExactlyElementsOfTypes(FailoverInitiated.class);

        EvaluateFailover restarted = evaluation(regions.router);
        for (int check = 1; check < THRESHOLD; check++) {
            assertThat(restarted.observe(reports.failing())).isEmpty();
        }

        assertThat(restarted.observe(reports.failing())).contains(SECONDARY_ACTIVE);
        assertThat(failoverEvents()).hasExactlyElementsOfTypes(FailoverInitiated.class, FailoverCompleted.class);
    }

    @Test
    void the_next_failed_check_finishes_a_failover_whose_completion_could_not_be_recorded() {
        EvaluateFailover evaluation = evaluation(new HookedRouter(regions.router,
                () -> regions.secondaryFaults.failNext(1), true));
        for (int check = 1; check < THRESHOLD; check++) {
            evaluation.observe(reports.failing());
        }
        assertThatThrownBy(() -> evaluation.observe(reports.failing())).isInstanceOf(ServiceUnavailable.class);
        assertThat(regions.router.activeRegion()).isEqualTo(SECONDARY_ACTIVE);
        regions.clock.advance(Duration.ofMinutes(1));

        assertThat(evaluation.observe(reports.failing())).contains(SECONDARY_ACTIVE);
        assertThat(regions.router.history()).containsExactly(SECONDARY_ACTIVE);
        assertThat(failoverEvents()).hasExactlyElementsOfTypes(FailoverInitiated.class, FailoverCompleted.class);
    }

    @Test
    void the_completion_is_stamped_once_the_promotion_is_done_so_the_switch_shows_how_long_writes_were_fenced() {
        EvaluateFailover evaluation = evaluation(new HookedRouter(regions.router,
                () -> regions.clock.advance(Duration.ofSeconds(40)), true));
        for (int check = 1; check < THRESHOLD; check++) {
            evaluation.observe(reports.failing());
        }
        Instant initiatedAt = regions.clock.instant();

        evaluation.observe(reports.failing());

        assertThat(failoverEvents()).hasSize(2);
        assertThat(failoverEvents().getFirst()).isInstanceOfSatisfying(FailoverInitiated.class,
                initiated -> assertThat(initiated.initiatedAt()).isEqualTo(initiatedAt));
        assertThat(failoverEvents().getLast()).isEqualTo(new FailoverCompleted(Region.US_WEST_2, 1, initiatedAt.plusSeconds(40)));
    }

    @Test
    void refuses_reports_of_another_region() {
        EvaluateFailover evaluation = evaluation(regions.router);

        assertThatThrownBy(() -> evaluation.observe(new PrimaryReports(Region.US_WEST_2, regions.clock).failing()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EvaluateFailover evaluation(TrafficRouter router) {
        return new EvaluateFailover(TwoRegions.PAIR, router, regions.secondary, THRESHOLD, regions.notifier,
                regions.clock);
    }

    private List<DomainEvent> failoverEvents() {
        return regions.secondary.readStream(TwoRegions.PAIR.stream()).stream().map(RecordedEvent::event).toList();
    }

    /** The real router with something happening around a promotion: a crash before it, or a fault after it. */
    private record HookedRouter(TrafficRouter router, Runnable hook, boolean afterPromotion) implements TrafficRouter {

        @Override
        public ActiveRegion activeRegion() {
            return router.activeRegion();
        }

        @Override
        public ActiveRegion promote(Region region, long expectedEpoch) {
            if (!afterPromotion) {
                hook.run();
            }
            ActiveRegion promoted = router.promote(region, expectedEpoch);
            if (afterPromotion) {
                hook.run();
            }
            return promoted;
        }
    }
}
