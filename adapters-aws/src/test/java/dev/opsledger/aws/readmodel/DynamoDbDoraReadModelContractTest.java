package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.Commit;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.inmemory.contract.DoraReadModelContract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class DynamoDbDoraReadModelContractTest extends DoraReadModelContract<DynamoDbDoraReadModel> {

    /** Projectors at once: dynalite answers one call at a time, but eight callers keep it busy. */
    private static final int PROJECTORS = 8;

    @Override
    protected DynamoDbDoraReadModel newModel() {
        return new DynamoDbDoraReadModel(Dynalite.shared().client(), ReadModelTables.fresh());
    }

    @Override
    protected long itemsRead(DynamoDbDoraReadModel model) {
        return model.itemsRead();
    }

    /** Each stream stays with one projector, so its commits keep their order; streams meet on shared items. */
    @Override
    protected void applyAll(DynamoDbDoraReadModel model, List<Commit> commits) {
        List<List<Commit>> shares = IntStream.range(0, PROJECTORS).<List<Commit>>mapToObj(i -> new ArrayList<>()).toList();
        commits.forEach(commit -> shares.get(Math.floorMod(commit.stream().hashCode(), PROJECTORS)).add(commit));
        try {
            Concurrently.run(shares.stream().<Runnable>map(share -> () -> share.forEach(model::apply)).toList());
        } catch (Exception failed) {
            throw new AssertionError("a projector failed", failed);
        }
    }
}
