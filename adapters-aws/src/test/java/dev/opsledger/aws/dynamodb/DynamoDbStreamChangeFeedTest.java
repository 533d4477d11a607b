package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.json.GoldenEvents;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Fed exactly the items the store wrote (dynalite has no streams), as NEW_IMAGE change records carry them. */
class DynamoDbStreamChangeFeedTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00.123Z");

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final DynamoDbEventStore store = new DynamoDbEventStore(dynalite.client(), table, () -> NOON);
    private final DynamoDbStreamChangeFeed changeFeed = new DynamoDbStreamChangeFeed();
    private final StreamId stream = StreamId.of("deployment", "checkout-1");

    @Test
    void reads_back_the_commit_of_every_item_the_store_wrote_with_events_of_every_type() {
        List<DomainEvent> events = GoldenEvents.all();
        List<NewEvent> batch = IntStream.range(0, events.size())
                .mapToObj(i -> new NewEvent(new EventId("e" + i), events.get(i))).toList();
        Commit first = store.append(stream, 0, batch.subList(0, 5)).commit();
        Commit second = store.append(stream, 5, batch.subList(5, batch.size())).commit();

        assertThat(changeFeed.commitOf(item(stream.value(), 1))).contains(first);
        assertThat(changeFeed.commitOf(item(stream.value(), 6))).contains(second);
    }

    @Test
    void keeps_inserted_commits_in_record_order_and_skips_removals_and_items_of_other_kinds() {
        Commit first = store.append(stream, 0, List.of(new NewEvent(new EventId("a"), GoldenEvents.all().get(0)))).commit();
        Commit second = store.append(stream, 1, List.of(new NewEvent(new EventId("b"), GoldenEvents.all().get(1)))).commit();
        Map<String, AttributeValue> alertState = Map.of("pk", AttributeValue.fromS("alert:replication-failed"),
                "sk", AttributeValue.fromN("0"), "sentAt", AttributeValue.fromS(NOON.toString()));
        dynalite.client().putItem(put -> put.tableName(table).item(alertState));

        List<Commit> commits = changeFeed.commitsOf(List.of(
                record(OperationType.INSERT, item(stream.value(), 1)),
                record(OperationType.INSERT, item(EventTableSchema.FEED_HOURS_KEY, EventTableSchema.feedHour(first.committedAt()))),
                record(OperationType.INSERT, item("alert:replication-failed", 0)),
                Record.builder().eventName(OperationType.REMOVE)
                        .dynamodb(change -> change.keys(Map.of("pk", AttributeValue.fromS(stream.value()),
                                "sk", AttributeValue.fromN("1"))))
                        .build(),
                record(OperationType.INSERT, item(stream.value(), 2))));

        assertThat(commits).containsExactly(first, second);
    }

    private Map<String, AttributeValue> item(String partition, long sortKey) {
        Map<String, AttributeValue> item = dynalite.client().getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromN(Long.toString(sortKey))))).item();
        assertThat(item).as("item %s/%d", partition, sortKey).isNotEmpty();
        return item;
    }

    private static Record record(OperationType operation, Map<String, AttributeValue> newImage) {
        return Record.builder().eventName(operation).dynamodb(change -> change.newImage(newImage)).build();
    }
}
