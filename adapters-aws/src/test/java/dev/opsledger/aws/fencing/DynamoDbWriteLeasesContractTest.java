package dev.opsledger.aws.fencing;

import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.inmemory.contract.WriteLeasesContract;

class DynamoDbWriteLeasesContractTest extends WriteLeasesContract {

    @Override
    protected WriteLeases newLeases() {
        Dynalite dynalite = Dynalite.shared();
        return new DynamoDbWriteLeases(dynalite.client(), dynalite.createEventTable());
    }
}
