package dev.opsledger.application.fencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import org.junit.jupiter.api.Test;

class WriteFenceTest {

    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0));

    @Test
    void admits_the_active_region_under_its_epoch() {
        assertThat(new WriteFence(Region.US_EAST_1, router).admit()).isEqualTo(new ActiveRegion(Region.US_EAST_1, 0));
    }

    @Test
    void refuses_a_passive_region_naming_the_active_one_and_its_epoch() {
        assertThatThrownBy(() -> new WriteFence(Region.US_WEST_2, router).admit())
                .isInstanceOf(RegionFenced.class)
                .hasMessage("us-west-2 is fenced: us-east-1 is active at epoch 0");
    }

    @Test
    void a_promotion_fences_the_former_primary_at_once() {
        WriteFence primary = new WriteFence(Region.US_EAST_1, router);
        WriteFence secondary = new WriteFence(Region.US_WEST_2, router);

        router.promote(Region.US_WEST_2, 0);

        assertThatThrownBy(primary::admit)
                .isInstanceOfSatisfying(RegionFenced.class, fenced -> {
                    assertThat(fenced.refused()).isEqualTo(Region.US_EAST_1);
                    assertThat(fenced.active()).isEqualTo(new ActiveRegion(Region.US_WEST_2, 1));
                })
                .hasMessage("us-east-1 is fenced: us-west-2 is active at epoch 1");
        assertThat(secondary.admit()).isEqualTo(new ActiveRegion(Region.US_WEST_2, 1));
    }
}
