package dev.opsledger.aws.readmodel;

import dev.opsledger.application.dora.DoraShelving;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.DoraReadModel;
import dev.opsledger.domain.dora.DoraFacts;
import dev.opsledger.domain.dora.ReportScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DORA read model in the event table: {@link DoraShelving}'s items as {@link DynamoDbDoraItems} stores
 * them (every key starts with {@code rm:dora:}; see docs/dynamodb.md). A recorded deployment costs two
 * small writes; a report on one service reads that service's shelves with five {@code Query}s.
 */
public final class DynamoDbDoraReadModel implements DoraReadModel {

    private final DoraShelving shelving;

    public DynamoDbDoraReadModel(DynamoDbClient client, String tableName) {
        this.shelving = new DoraShelving(new DynamoDbDoraItems(new ReadModelTable(client, tableName)));
    }

    @Override
    public void apply(Commit commit) {
        shelving.apply(commit);
    }

    @Override
    public DoraFacts facts(ReportScope scope) {
        return shelving.facts(scope);
    }

    /** Range reads every {@link #facts} call so far has made (each one {@code Query}, unless its range is empty or spans pages). */
    public long itemsRead() {
        return shelving.reads();
    }
}
