package dev.opsledger.inmemory;

import dev.opsledger.inmemory.contract.HealthSummaryReadModelContract;

class InMemoryHealthSummaryReadModelContractTest extends HealthSummaryReadModelContract<InMemoryHealthSummaryReadModel> {

    @Override
    protected InMemoryHealthSummaryReadModel newModel() {
        return new InMemoryHealthSummaryReadModel();
    }
}
