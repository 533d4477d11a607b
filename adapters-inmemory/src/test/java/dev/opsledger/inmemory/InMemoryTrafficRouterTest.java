package dev.opsledger.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import org.junit.jupiter.api.Test;

class InMemoryTrafficRouterTest {

    @Test
    void remembers_each_promotion_once_and_no_refused_one() {
        InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0));
        router.promote(Region.US_WEST_2, 0);
        router.promote(Region.US_WEST_2, 0);
        router.promote(Region.US_EAST_1, 1);
        assertThatThrownBy(() -> router.promote(Region.US_WEST_2, 1)).isInstanceOf(IllegalStateException.class);

        assertThat(router.history()).containsExactly(
                new ActiveRegion(Region.US_WEST_2, 1), new ActiveRegion(Region.US_EAST_1, 2));
    }
}
