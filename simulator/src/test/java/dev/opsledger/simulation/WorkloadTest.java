package dev.opsledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.domain.deployment.DeploymentCommand.FinishDeployment;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.incident.IncidentCommand.ResolveIncident;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.simulation.ClientWrite.OfDeployment;
import dev.opsledger.simulation.ClientWrite.OfIncident;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    private final VirtualClock clock = new VirtualClock(T0);
    private final SimulatedRegion region = writing(new SimulatedRegion(Region.US_EAST_1, clock, Duration.ZERO), clock);

    /** The region with a lease to write under for the whole test. */
    private static SimulatedRegion writing(SimulatedRegion region, VirtualClock clock) {
        region.writeLeases().record(new WriteLease(new ActiveRegion(region.region(), 0), clock.instant(),
                clock.instant().plus(Duration.ofDays(1))));
        return region;
    }

    @Test
    void every_write_it_issues_is_accepted_by_the_region_it_read() {
        List<ClientWrite> writes = recordedWrites(new Workload(new SplittableRandom(3)), 400);

        assertThat(writes).extracting(ClientWrite::commandId).doesNotHaveDuplicates();
        assertThat(writes).anySatisfy(write -> assertThat(write.command())
                .isInstanceOfSatisfying(OfDeployment.class, deployment ->
                        assertThat(deployment.command()).isInstanceOf(FinishDeployment.class)));
        assertThat(writes).anySatisfy(write -> assertThat(write.command())
                .isInstanceOfSatisfying(OfIncident.class, incident ->
                        assertThat(incident.command()).isInstanceOf(ResolveIncident.class)));
    }

    @Test
    void closes_nothing_that_the_view_does_not_show_open() {
        Workload workload = new Workload(new SplittableRandom(3));
        SimulatedRegion empty = writing(new SimulatedRegion(Region.US_WEST_2, clock, Duration.ZERO), clock);

        for (int i = 0; i < 200; i++) {
            ClientWrite write = workload.next(clock.advance(Duration.ofSeconds(1)), empty.store());
            assertThat(write.command()).satisfiesAnyOf(
                    command -> assertThat(command).isInstanceOfSatisfying(OfDeployment.class,
                            deployment -> assertThat(deployment.command()).isNotInstanceOf(FinishDeployment.class)),
                    command -> assertThat(command).isInstanceOfSatisfying(OfIncident.class,
                            incident -> assertThat(incident.command()).isNotInstanceOf(ResolveIncident.class)));
        }
    }

    @Test
    void the_same_seed_issues_the_same_writes() {
        List<ClientWrite> first = recordedWrites(new Workload(new SplittableRandom(9)), 50);
        VirtualClock otherClock = new VirtualClock(T0);
        SimulatedRegion other = writing(new SimulatedRegion(Region.US_EAST_1, otherClock, Duration.ZERO), otherClock);
        Workload again = new Workload(new SplittableRandom(9));
        List<ClientWrite> second = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ClientWrite write = again.next(otherClock.advance(Duration.ofSeconds(1)), other.store());
            other.record(write);
            second.add(write);
        }

        assertThat(second).isEqualTo(first);
    }

    private List<ClientWrite> recordedWrites(Workload workload, int count) {
        List<ClientWrite> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ClientWrite write = workload.next(clock.advance(Duration.ofSeconds(1)), region.store());
            assertThatCode(() -> region.record(write)).doesNotThrowAnyException();
            writes.add(write);
        }
        return writes;
    }
}
