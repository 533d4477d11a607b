package dev.opsledger.inmemory;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.inmemory.contract.EventStoreContract;
import dev.opsledger.inmemory.fault.Faults;
import java.time.Duration;
import java.time.InstantSource;

/** The same contract with a feed that trails appends, as the AWS index does: the suite must wait, not assume. */
class LaggingInMemoryEventStoreContractTest extends EventStoreContract {

    @Override
    protected EventStore newStore(InstantSource clock) {
        return new InMemoryEventStore(clock, new Faults(), Duration.ofMillis(150));
    }

    @Override
    protected EventStore sameTableAgain(EventStore store) {
        return store;
    }
}
