package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.Commit;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read model behind {@code GET /health}, one item in the event table ({@code pk = "rm:health"},
 * {@code sk = 0}, outside the feed): the latest status and check of each component in each region, the
 * active region and its epoch, and the replication lag of each route, folded from the feed's health,
 * replication and failover commits. The item keeps, per stream, the last version it folded in and
 * ignores commits at or below it, so the feed may deliver commits twice or late and the log may be
 * replayed over it. Concurrent projectors update it with a conditional write on its {@code rev}.
 * Reading it is one {@code Query}.
 */
public final class DynamoDbHealthSummary {

    static final String PARTITION = ReadModelItems.PREFIX + "health";
    private static final String SUMMARY = "summary";

    private final ReadModelTable table;

    public DynamoDbHealthSummary(DynamoDbClient client, String tableName) {
        this.table = new ReadModelTable(client, tableName);
    }

    /** Folds in a commit of the feed; commits of other streams, and those already folded in, change nothing. */
    public void apply(Commit commit) {
        if (!HealthSummaryState.summarises(commit.stream())) {
            return;
        }
        table.update(ItemKey.of(PARTITION, 0), item -> {
            HealthSummaryState state = stateOf(item);
            return state.apply(commit) ? ItemChange.put(Map.of(SUMMARY, AttributeValue.fromS(state.json()))) : ItemChange.KEEP;
        });
    }

    public HealthSummary read() {
        return stateOf(table.query(PARTITION).stream().findFirst().orElse(Map.of())).summary();
    }

    private static HealthSummaryState stateOf(Map<String, AttributeValue> item) {
        return HealthSummaryState.parse(Optional.ofNullable(item.get(SUMMARY)).map(AttributeValue::s));
    }
}
