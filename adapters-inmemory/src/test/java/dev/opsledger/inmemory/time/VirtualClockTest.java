package dev.opsledger.inmemory.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void stands_still_until_advanced() {
        VirtualClock clock = new VirtualClock(NOON);

        assertThat(clock.instant()).isEqualTo(NOON);
        assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(NOON.plusSeconds(300));
        assertThat(clock.instant()).isEqualTo(NOON.plusSeconds(300));
    }

    @Test
    void moves_to_a_later_instant_when_set() {
        VirtualClock clock = new VirtualClock(NOON);

        clock.set(NOON.plusSeconds(60));
        clock.set(NOON.plusSeconds(60));

        assertThat(clock.instant()).isEqualTo(NOON.plusSeconds(60));
    }

    @Test
    void refuses_to_go_backwards() {
        VirtualClock clock = new VirtualClock(NOON);

        assertThatThrownBy(() -> clock.set(NOON.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backwards");
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(NOON);
    }

    @Test
    void adds_up_every_advance_made_concurrently() {
        VirtualClock clock = new VirtualClock(NOON);

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8_000; i++) {
                pool.submit(() -> clock.advance(Duration.ofMillis(1)));
            }
        }

        assertThat(clock.instant()).isEqualTo(NOON.plusSeconds(8));
    }
}
