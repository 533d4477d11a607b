package dev.opsledger.inmemory;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.inmemory.contract.TrafficRouterContract;

class InMemoryTrafficRouterContractTest extends TrafficRouterContract {

    @Override
    protected TrafficRouter newRouter(ActiveRegion initial) {
        return new InMemoryTrafficRouter(initial);
    }
}
