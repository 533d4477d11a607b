package dev.opsledger.inmemory;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.inmemory.contract.EventStoreContract;
import java.time.InstantSource;

class InMemoryEventStoreContractTest extends EventStoreContract {

    @Override
    protected EventStore newStore(InstantSource clock) {
        return new InMemoryEventStore(clock);
    }

    @Override
    protected EventStore sameTableAgain(EventStore store) {
        return store;
    }
}
