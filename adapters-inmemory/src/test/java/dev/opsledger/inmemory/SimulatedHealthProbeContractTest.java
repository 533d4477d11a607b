package dev.opsledger.inmemory;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.contract.HealthProbeContract;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;

class SimulatedHealthProbeContractTest extends HealthProbeContract {

    private final Faults faults = new Faults();

    @Override
    protected HealthProbe newProbe(Component component) {
        return new SimulatedHealthProbe(component, region -> faults,
                new VirtualClock(Instant.parse("2025-03-01T12:00:00Z")), Duration.ofMillis(40), timeout());
    }

    @Override
    protected Region region() {
        return Region.US_EAST_1;
    }

    @Override
    protected Duration timeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    protected void makeUnreachable() {
        faults.goDark();
    }

    @Override
    protected void makeThrottled() {
        faults.throttle(true);
    }
}
