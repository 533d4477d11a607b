package dev.opsledger.aws.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.inmemory.contract.DoraLog;
import dev.opsledger.inmemory.contract.HealthHistory;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynalite.ThrottlingProxy;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ReadModelItemsTest {

    private static final List<Commit> LOG =
            Stream.concat(HealthHistory.COMMITS.stream(), DoraLog.random(7, 30, 3).stream()).toList();

    private final Dynalite dynalite = Dynalite.shared();
    private final DynamoDbClient client = dynalite.client();
    private final String table = ReadModelTables.fresh();

    /** Commits, the feed hours, both read models maintained commit by commit, a heartbeat and an open alert. */
    @BeforeEach
    void fillTheTable() {
        DynamoDbEventStore store = new DynamoDbEventStore(client, table, Clock.systemUTC());
        DynamoDbDoraReadModel dora = new DynamoDbDoraReadModel(client, table);
        DynamoDbHealthSummary health = new DynamoDbHealthSummary(client, table);
        for (Commit commit : LOG) {
            List<NewEvent> events = commit.events().stream().map(event -> new NewEvent(event.id(), event.event())).toList();
            Commit appended = store.append(commit.stream(), commit.firstVersion() - 1, events).commit();
            dora.apply(appended);
            health.apply(appended);
        }
        put(EventTableSchema.HEARTBEAT_KEY,
                Map.of(EventTableSchema.HEARTBEAT_BEAT, AttributeValue.fromS("2025-03-01T00:00:00Z")));
        put("alert:us-east-1|api", Map.of());
    }

    @Test
    void drops_every_read_model_item_and_nothing_else() {
        List<Map<String, AttributeValue>> others = everyItem().stream().filter(item -> !isReadModel(item)).toList();
        int readModelItems = ReadModelTables.items(table).size();

        long deleted = new ReadModelItems(client, table, 4).dropAll();

        assertThat(readModelItems).as("read-model items, more than one delete batch of them").isGreaterThan(25);
        assertThat(deleted).isEqualTo(readModelItems);
        assertThat(ReadModelTables.items(table)).isEmpty();
        assertThat(everyItem()).containsExactlyInAnyOrderElementsOf(others);
        assertThat(others).extracting(item -> item.get("pk").s())
                .contains(EventTableSchema.HEARTBEAT_KEY, "alert:us-east-1|api", EventTableSchema.FEED_HOURS_KEY,
                        LOG.getFirst().stream().value());
    }

    @Test
    void sends_again_the_deletes_dynamodb_left_unprocessed() {
        int readModelItems = ReadModelTables.items(table).size();
        try (ThrottlingProxy proxy = ThrottlingProxy.inFrontOf(dynalite.endpoint());
                DynamoDbClient throughProxy = Dynalite.clientFor(proxy.endpoint(), configuration -> { })) {
            proxy.leaveUnprocessedNext(2);

            long deleted = new ReadModelItems(throughProxy, table).dropAll();

            assertThat(proxy.batchWritesLeftUnprocessed()).isEqualTo(2);
            assertThat(deleted).isEqualTo(readModelItems);
            assertThat(ReadModelTables.items(table)).isEmpty();
        }
    }

    private void put(String pk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(new ItemKey(pk, "0").attributes());
        client.putItem(request -> request.tableName(table).item(item));
    }

    private List<Map<String, AttributeValue>> everyItem() {
        return client.scanPaginator(request -> request.tableName(table).consistentRead(true)).items().stream().toList();
    }

    private static boolean isReadModel(Map<String, AttributeValue> item) {
        return item.get(ItemKey.PK).s().startsWith(ReadModelItems.PREFIX);
    }
}
