package dev.opsledger.inmemory;

import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.inmemory.contract.WriteLeasesContract;

class InMemoryWriteLeasesContractTest extends WriteLeasesContract {

    @Override
    protected WriteLeases newLeases() {
        return new InMemoryWriteLeases();
    }
}
