package dev.opsledger.aws.readmodel;

import dev.opsledger.application.health.summary.HealthSummary;
import dev.opsledger.application.health.summary.HealthSummaryProjection;
import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.Commit;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read model behind {@code GET /health}, one item in the event table ({@code pk = "rm:health"},
 * {@code sk = 0}, outside the feed) holding the {@link HealthSummaryProjection} as {@link HealthSummaryJson}
 * writes it. The projection decides what a commit changes; this adapter only loads and stores the item,
 * with a conditional write on its {@code rev} so concurrent projectors never lose each other's commits.
 * Reading it is one {@code Query}.
 */
public final class DynamoDbHealthSummary implements HealthSummaryReadModel {

    static final String PARTITION = ReadModelItems.PREFIX + "health";
    private static final String SUMMARY = "summary";

    private final ReadModelTable table;

    public DynamoDbHealthSummary(DynamoDbClient client, String tableName) {
        this.table = new ReadModelTable(client, tableName);
    }

    @Override
    public void apply(Commit commit) {
        if (!HealthSummaryProjection.summarises(commit.stream())) {
            return;
        }
        table.update(ItemKey.of(PARTITION, 0), item -> {
            HealthSummaryProjection stored = projectionOf(item);
            HealthSummaryProjection evolved = stored.evolve(commit);
            return evolved.equals(stored)
                    ? ItemChange.KEEP
                    : ItemChange.put(Map.of(SUMMARY, AttributeValue.fromS(HealthSummaryJson.write(evolved))));
        });
    }

    @Override
    public HealthSummary read() {
        return projectionOf(table.query(PARTITION).stream().findFirst().orElse(Map.of())).summary();
    }

    private static HealthSummaryProjection projectionOf(Map<String, AttributeValue> item) {
        AttributeValue summary = item.get(SUMMARY);
        return summary == null ? HealthSummaryProjection.EMPTY : HealthSummaryJson.read(summary.s());
    }
}
