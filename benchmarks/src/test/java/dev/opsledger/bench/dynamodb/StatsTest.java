package dev.opsledger.bench.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void a_percentile_is_the_nearest_rank_in_milliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        assertThat(Stats.percentileMillis(nanos, 50)).isEqualTo(50.0);
        assertThat(Stats.percentileMillis(nanos, 99)).isEqualTo(99.0);
    }

    @Test
    void a_spread_shows_the_median_and_the_range() {
        assertThat(Stats.spread(List.of(120.0, 80.0, 100.0))).isEqualTo("100 [80.0–120]");
        assertThat(Stats.ratioSpread(List.of(0.5, 0.25, 0.75))).isEqualTo("50 % [25 %–75 %]");
    }
}
