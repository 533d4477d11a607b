package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.inmemory.contract.EventStoreContract;
import java.time.InstantSource;

class DynamoDbEventStoreContractTest extends EventStoreContract {

    @Override
    protected EventStore newStore(InstantSource clock) {
        Dynalite dynalite = Dynalite.shared();
        return new DynamoDbEventStore(dynalite.client(), dynalite.createEventTable(), clock);
    }
}
