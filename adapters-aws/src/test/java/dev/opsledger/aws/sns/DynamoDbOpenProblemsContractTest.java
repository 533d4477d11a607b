package dev.opsledger.aws.sns;

import dev.opsledger.aws.dynalite.Dynalite;

class DynamoDbOpenProblemsContractTest extends OpenProblemsContract {

    @Override
    protected OpenProblems newOpenProblems() {
        Dynalite dynalite = Dynalite.shared();
        return new DynamoDbOpenProblems(dynalite.client(), dynalite.createEventTable());
    }
}
