package dev.opsledger.aws.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.inmemory.contract.HealthHistory;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.readmodel.RebuildReadModels.Rebuilt;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RebuildReadModelsTest {

    private static final List<Commit> DORA = DoraLog.random(13, 200, 20);
    private static final List<Commit> LOG = Stream.concat(HealthHistory.COMMITS.stream(), DORA.stream()).toList();

    private final DynamoDbClient client = Dynalite.shared().client();
    private final String table = ReadModelTables.fresh();
    private final DynamoDbEventStore store = new DynamoDbEventStore(client, table, Clock.systemUTC());
    private final DynamoDbDoraReadModel dora = new DynamoDbDoraReadModel(client, table);
    private final DynamoDbHealthSummary health = new DynamoDbHealthSummary(client, table);

    /** The log written through the store, each commit applied to the read models as the live projector would. */
    @BeforeEach
    void maintainTheModelsCommitByCommit() {
        for (Commit commit : LOG) {
            List<NewEvent> events = commit.events().stream().map(event -> new NewEvent(event.id(), event.event())).toList();
            Commit appended = store.append(commit.stream(), commit.firstVersion() - 1, events).commit();
            dora.apply(appended);
            health.apply(appended);
        }
    }

    @Test
    void a_rebuild_from_the_log_holds_the_very_items_maintained_commit_by_commit() {
        String elsewhere = ReadModelTables.fresh();
        DynamoDbDoraReadModel rebuiltDora = new DynamoDbDoraReadModel(client, elsewhere);
        DynamoDbHealthSummary rebuiltHealth = new DynamoDbHealthSummary(client, elsewhere);

        Rebuilt rebuilt = new RebuildReadModels(rebuiltDora, rebuiltHealth).rebuild(store);

        assertThat(rebuilt.commits()).isEqualTo(LOG.size());
        assertThat(withoutRevisions(ReadModelTables.items(elsewhere))).containsExactlyInAnyOrderElementsOf(
                withoutRevisions(ReadModelTables.items(table)));
        assertThat(DoraScopes.reports(rebuiltDora)).isEqualTo(DoraScopes.reports(dora)).isEqualTo(DoraScopes.truth(DORA));
        assertThat(rebuiltHealth.read()).isEqualTo(health.read()).isEqualTo(HealthHistory.SUMMARY);
    }

    @Test
    void the_one_command_rebuilding_over_the_maintained_models_writes_nothing() {
        List<Map<String, AttributeValue>> maintained = ReadModelTables.items(table);

        Rebuilt rebuilt = RebuildReadModels.rebuild(client, table);

        assertThat(rebuilt.commits()).isEqualTo(LOG.size());
        assertThat(ReadModelTables.items(table)).containsExactlyInAnyOrderElementsOf(maintained);
    }

    private static List<Map<String, AttributeValue>> withoutRevisions(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> {
            Map<String, AttributeValue> withoutRevision = new HashMap<>(item);
            withoutRevision.remove(ReadModelTable.REV);
            return withoutRevision;
        }).toList();
    }
}
