package dev.opsledger.inmemory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The {@link WriteLeases} contract: the stored lease only ever moves forward. */
public abstract class WriteLeasesContract {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final ActiveRegion EAST_0 = new ActiveRegion(Region.US_EAST_1, 0);
    private static final ActiveRegion WEST_1 = new ActiveRegion(Region.US_WEST_2, 1);

    /** A store holding no lease yet. */
    protected abstract WriteLeases newLeases();

    private static WriteLease lease(ActiveRegion holder, long startSecond, long expirySecond) {
        return new WriteLease(holder, T0.plusSeconds(startSecond), T0.plusSeconds(expirySecond));
    }

    @Test
    void holds_no_lease_until_one_is_recorded() {
        assertThat(newLeases().current()).isEmpty();
    }

    @Test
    void reads_back_the_lease_recorded() {
        WriteLeases leases = newLeases();
        leases.record(lease(EAST_0, 0, 45));

        assertThat(leases.current()).contains(lease(EAST_0, 0, 45));
    }

    @Test
    void a_renewal_of_the_same_epoch_extends_the_lease() {
        WriteLeases leases = newLeases();
        leases.record(lease(EAST_0, 0, 45));
        leases.record(lease(EAST_0, 0, 65));

        assertThat(leases.current()).contains(lease(EAST_0, 0, 65));
    }

    @Test
    void a_renewal_that_arrives_late_never_shortens_the_lease() {
        WriteLeases leases = newLeases();
        leases.record(lease(EAST_0, 0, 65));
        leases.record(lease(EAST_0, 0, 45));

        assertThat(leases.current()).contains(lease(EAST_0, 0, 65));
    }

    @Test
    void a_newer_epoch_replaces_the_lease_even_when_it_expires_sooner() {
        WriteLeases leases = newLeases();
        leases.record(lease(EAST_0, 0, 500));
        leases.record(lease(WEST_1, 80, 90));

        assertThat(leases.current()).contains(lease(WEST_1, 80, 90));
    }

    @Test
    void an_older_epoch_never_comes_back() {
        WriteLeases leases = newLeases();
        leases.record(lease(WEST_1, 80, 90));
        leases.record(lease(EAST_0, 0, 500));

        assertThat(leases.current()).contains(lease(WEST_1, 80, 90));
    }

    @Test
    void concurrent_renewals_leave_the_one_that_supersedes_all_others() throws Exception {
        WriteLeases leases = newLeases();
        List<WriteLease> offered = new ArrayList<>();
        for (int second = 1; second <= 24; second++) {
            offered.add(lease(second % 3 == 0 ? WEST_1 : EAST_0, 0, 40 + second));
        }
        Collections.shuffle(offered, new java.util.Random(7));
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            offered.forEach(lease -> writes.add(writers.submit(() -> leases.record(lease))));
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(leases.current()).contains(lease(WEST_1, 0, 40 + 24));
    }
}
