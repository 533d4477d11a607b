package dev.opsledger.aws.readmodel;

import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.inmemory.contract.DoraReadModelContract;

class DynamoDbDoraReadModelContractTest extends DoraReadModelContract<DynamoDbDoraReadModel> {

    @Override
    protected DynamoDbDoraReadModel newModel() {
        return new DynamoDbDoraReadModel(Dynalite.shared().client(), ReadModelTables.fresh());
    }

    @Override
    protected long itemsRead(DynamoDbDoraReadModel model) {
        return model.itemsRead();
    }
}
