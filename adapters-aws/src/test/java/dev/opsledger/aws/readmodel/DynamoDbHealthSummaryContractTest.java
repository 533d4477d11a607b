package dev.opsledger.aws.readmodel;

import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.inmemory.contract.HealthSummaryReadModelContract;

class DynamoDbHealthSummaryContractTest extends HealthSummaryReadModelContract<DynamoDbHealthSummary> {

    @Override
    protected DynamoDbHealthSummary newModel() {
        return new DynamoDbHealthSummary(Dynalite.shared().client(), ReadModelTables.fresh());
    }
}
