package dev.opsledger.application.fencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.InMemoryTrafficRouter;
import dev.opsledger.inmemory.InMemoryWriteLeases;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WriteFenceTest {

    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;

    @Nested
    class FollowingTheRouter {

        private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(EAST, 0));

        @Test
        void admits_the_active_region() {
            assertThatCode(() -> new WriteFence(EAST, router).admit()).doesNotThrowAnyException();
        }

        @Test
        void refuses_a_passive_region_naming_the_active_one_and_its_epoch() {
            assertThatThrownBy(() -> new WriteFence(WEST, router).admit())
                    .isInstanceOf(RegionFenced.class)
                    .hasMessage("us-west-2 is fenced: us-east-1 is active at epoch 0");
        }

        @Test
        void a_promotion_fences_the_former_primary_at_once() {
            WriteFence primary = new WriteFence(EAST, router);

            router.promote(WEST, 0);

            assertThatThrownBy(primary::admit)
                    .isInstanceOfSatisfying(RegionFenced.class, fenced -> {
                        assertThat(fenced.refused()).isEqualTo(EAST);
                        assertThat(fenced.active()).contains(new ActiveRegion(WEST, 1));
                    })
                    .hasMessage("us-east-1 is fenced: us-west-2 is active at epoch 1");
            assertThatCode(() -> new WriteFence(WEST, router).admit()).doesNotThrowAnyException();
        }
    }

    @Nested
    class UnderALease {

        private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
        private static final Duration LEASE = Duration.ofSeconds(45);

        private final VirtualClock clock = new VirtualClock(T0);
        private final InMemoryTrafficRouter router = new InMemoryTrafficRouter(new ActiveRegion(EAST, 0));
        private final InMemoryWriteLeases eastLeases = new InMemoryWriteLeases();
        private final InMemoryWriteLeases westLeases = new InMemoryWriteLeases();
        private final RenewWriteLease eastChecker = new RenewWriteLease(router, eastLeases, clock, LEASE);
        private final RenewWriteLease westChecker = new RenewWriteLease(router, westLeases, clock, LEASE);
        private final WriteFence east = WriteFence.leased(EAST, eastLeases, clock);
        private final WriteFence west = WriteFence.leased(WEST, westLeases, clock);

        @Test
        void refuses_every_write_before_the_first_renewal() {
            assertThatThrownBy(east::admit)
                    .isInstanceOfSatisfying(RegionFenced.class, fenced -> assertThat(fenced.active()).isEmpty())
                    .hasMessageContaining("no write lease yet");
        }

        @Test
        void the_primary_writes_at_once_under_epoch_0_and_the_secondary_not_at_all() {
            eastChecker.renew();
            westChecker.renew();

            assertThatCode(east::admit).doesNotThrowAnyException();
            assertThatThrownBy(west::admit).isInstanceOfSatisfying(RegionFenced.class,
                    fenced -> assertThat(fenced.active()).contains(new ActiveRegion(EAST, 0)));
        }

        @Test
        void a_lease_not_renewed_lapses_one_lease_length_after_the_router_was_asked() {
            eastChecker.renew();

            clock.advance(LEASE.minusMillis(1));
            assertThatCode(east::admit).doesNotThrowAnyException();
            clock.advance(Duration.ofMillis(1));
            assertThatThrownBy(east::admit).isInstanceOf(RegionFenced.class).hasMessageContaining("expired");
        }

        @Test
        void a_renewal_of_the_same_epoch_resumes_writes_at_once() {
            eastChecker.renew();
            clock.advance(LEASE.multipliedBy(3));

            eastChecker.renew();

            assertThatCode(east::admit).doesNotThrowAnyException();
        }

        @Test
        void after_a_promotion_the_new_region_waits_until_every_lease_of_the_former_one_has_run_out() {
            eastChecker.renew();
            westChecker.renew();
            clock.advance(Duration.ofSeconds(20));
            eastChecker.renew();
            Instant formerLeaseEnds = eastLeases.current().orElseThrow().expiresAt();

            router.promote(WEST, 0);
            westChecker.renew();

            assertThat(westLeases.current().orElseThrow().writableFrom()).isAfterOrEqualTo(formerLeaseEnds);
            assertThatCode(east::admit).doesNotThrowAnyException();
            assertThatThrownBy(west::admit)
                    .isInstanceOfSatisfying(RegionFenced.class, fenced -> {
                        assertThat(fenced.active()).isEmpty();
                        assertThat(fenced.retryAfter()).contains(LEASE);
                    })
                    .hasMessageContaining("takes writes at epoch 1");

            clock.advance(LEASE);
            eastChecker.renew();
            westChecker.renew();

            assertThatThrownBy(east::admit).isInstanceOfSatisfying(RegionFenced.class,
                    fenced -> assertThat(fenced.active()).contains(new ActiveRegion(WEST, 1)));
            assertThatCode(west::admit).doesNotThrowAnyException();
        }

        @Test
        void a_former_primary_that_missed_the_promotion_stops_when_its_lease_runs_out() {
            eastChecker.renew();
            router.promote(WEST, 0);
            westChecker.renew();
            // The former primary's checker never runs again (its region went dark, say); the new one's goes on.
            clock.advance(Duration.ofSeconds(20));
            westChecker.renew();
            clock.advance(LEASE.minusSeconds(20));

            assertThatThrownBy(east::admit).isInstanceOf(RegionFenced.class);
            assertThatCode(west::admit).doesNotThrowAnyException();
            assertThat(eastLeases.current().map(WriteLease::holder)).isEqualTo(Optional.of(new ActiveRegion(EAST, 0)));
        }
    }
}
