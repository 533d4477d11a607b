package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DnsCacheTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(60);

    private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0));

    @Test
    void keeps_the_old_answer_until_the_ttl_runs_out_then_follows_the_router() {
        DnsCache cache = new DnsCache(router, TTL, T0, new SplittableRandom(1));
        Region first = cache.resolve(T0.plus(TTL));

        router.promote(Region.US_WEST_2, 0);

        assertThat(first).isEqualTo(Region.US_EAST_1);
        assertThat(cache.resolve(T0.plus(TTL).plus(TTL).minusMillis(1))).isEqualTo(Region.US_EAST_1);
        assertThat(cache.resolve(T0.plus(TTL).plus(TTL))).isEqualTo(Region.US_WEST_2);
    }

    @Test
    void clients_start_with_answers_of_random_age_so_their_caches_do_not_expire_together() {
        List<Instant> firstLookUps = LongStream.rangeClosed(1, 5).mapToObj(this::firstLookUp).toList();

        assertThat(firstLookUps).allSatisfy(at -> assertThat(at).isBetween(T0, T0.plus(TTL)));
        assertThat(Set.copyOf(firstLookUps)).hasSizeGreaterThan(1);
    }

    @Test
    void a_zero_ttl_asks_the_router_every_time() {
        DnsCache cache = new DnsCache(router, Duration.ZERO, T0, new SplittableRandom(1));
        router.promote(Region.US_WEST_2, 0);

        assertThat(cache.resolve(T0)).isEqualTo(Region.US_WEST_2);
    }

    /** When a client with this seed first asks DNS again, in steps of 100 ms. */
    private Instant firstLookUp(long seed) {
        InMemoryTrafficRouter switching = new InMemoryTrafficRouter(new ActiveRegion(Region.US_EAST_1, 0));
        DnsCache cache = new DnsCache(switching, TTL, T0, new SplittableRandom(seed));
        switching.promote(Region.US_WEST_2, 0);
        Instant at = T0;
        while (cache.resolve(at).equals(Region.US_EAST_1)) {
            at = at.plusMillis(100);
        }
        return at;
    }
}
