package dev.opsledger.inmemory.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The {@link TrafficRouter} contract: promotion is a compare-and-set on the fencing epoch. */
public abstract class TrafficRouterContract {

    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;

    /** A new router answering {@code initial} until promoted. */
    protected abstract TrafficRouter newRouter(ActiveRegion initial);

    @Test
    void answers_the_initial_active_region() {
        assertThat(newRouter(new ActiveRegion(EAST, 4)).activeRegion()).isEqualTo(new ActiveRegion(EAST, 4));
    }

    @Test
    void promotes_a_region_at_the_next_epoch_when_the_epoch_matches() {
        TrafficRouter router = newRouter(new ActiveRegion(EAST, 0));

        assertThat(router.promote(WEST, 0)).isEqualTo(new ActiveRegion(WEST, 1));
        assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(WEST, 1));
        assertThat(router.promote(EAST, 1)).isEqualTo(new ActiveRegion(EAST, 2));
    }

    @Test
    void answers_a_retried_promotion_with_the_same_result() {
        TrafficRouter router = newRouter(new ActiveRegion(EAST, 0));
        router.promote(WEST, 0);

        assertThat(router.promote(WEST, 0)).isEqualTo(new ActiveRegion(WEST, 1));
        assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(WEST, 1));
    }

    @Test
    void refuses_a_promotion_from_a_stale_epoch_naming_the_current_state() {
        TrafficRouter router = newRouter(new ActiveRegion(EAST, 0));
        router.promote(WEST, 0);
        router.promote(EAST, 1);

        assertThatThrownBy(() -> router.promote(WEST, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("us-east-1").hasMessageContaining("2");
        assertThatThrownBy(() -> router.promote(WEST, 7)).isInstanceOf(IllegalStateException.class);
        assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(EAST, 2));
    }

    @Test
    void refuses_a_retry_claimed_by_the_region_that_lost_the_race() {
        TrafficRouter router = newRouter(new ActiveRegion(EAST, 0));
        router.promote(WEST, 0);

        assertThatThrownBy(() -> router.promote(EAST, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lets_exactly_one_region_win_concurrent_promotions_from_the_same_epoch() throws InterruptedException {
        TrafficRouter router = newRouter(new ActiveRegion(EAST, 0));
        CountDownLatch start = new CountDownLatch(1);
        Queue<ActiveRegion> answers = new ConcurrentLinkedQueue<>();
        Queue<Throwable> refusals = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int contender = 0; contender < 8; contender++) {
                Region region = contender % 2 == 0 ? EAST : WEST;
                pool.submit(() -> {
                    start.await();
                    try {
                        answers.add(router.promote(region, 0));
                    } catch (IllegalStateException refused) {
                        refusals.add(refused);
                    }
                    return null;
                });
            }
            start.countDown();
        }

        ActiveRegion winner = router.activeRegion();
        assertThat(winner.epoch()).isEqualTo(1);
        assertThat(answers).hasSize(4).containsOnly(winner);
        assertThat(refusals).hasSize(4);
        assertThat(List.copyOf(answers)).allMatch(answer -> answer.region().equals(winner.region()));
    }
}
