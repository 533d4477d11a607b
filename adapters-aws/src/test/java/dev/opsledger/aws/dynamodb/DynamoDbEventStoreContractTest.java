package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.inmemory.contract.EventStoreContract;
import java.time.InstantSource;
import java.util.IdentityHashMap;
import java.util.Map;

class DynamoDbEventStoreContractTest extends EventStoreContract {

    private final Dynalite dynalite = Dynalite.shared();
    private final Map<EventStore, String> tables = new IdentityHashMap<>();

    @Override
    protected EventStore newStore(InstantSource clock) {
        String table = dynalite.createEventTable();
        EventStore store = new DynamoDbEventStore(dynalite.client(), table, clock);
        tables.put(store, table);
        return store;
    }

    @Override
    protected EventStore sameTableAgain(EventStore store) {
        return new DynamoDbEventStore(dynalite.client(), tables.get(store), InstantSource.system());
    }
}
