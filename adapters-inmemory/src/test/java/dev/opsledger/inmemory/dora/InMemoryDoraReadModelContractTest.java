package dev.opsledger.inmemory.dora;

import dev.opsledger.inmemory.contract.DoraReadModelContract;

class InMemoryDoraReadModelContractTest extends DoraReadModelContract<InMemoryDoraReadModel> {

    @Override
    protected InMemoryDoraReadModel newModel() {
        return new InMemoryDoraReadModel();
    }

    @Override
    protected long itemsRead(InMemoryDoraReadModel model) {
        return model.itemsRead();
    }
}
