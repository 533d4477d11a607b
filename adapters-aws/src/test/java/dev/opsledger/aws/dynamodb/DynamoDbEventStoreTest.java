package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynalite.ThrottlingProxy;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbEventStoreTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final ReplicationRoute ROUTE = new ReplicationRoute(Region.US_EAST_1, Region.US_WEST_2);

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final DynamoDbEventStore store = new DynamoDbEventStore(dynalite.client(), table, () -> NOON);
    private final StreamId stream = ROUTE.series();

    @Test
    void writes_one_item_per_commit_keyed_by_stream_and_first_version_with_its_feed_keys() {
        store.append(stream, 0, List.of(failure("e1", 10), failure("e2", 10)));
        Commit second = store.append(stream, 2, List.of(failure("e3", 10))).commit();

        Map<String, AttributeValue> item = rawItem(stream, 3);

        assertThat(item.get("pk").s()).isEqualTo("replication:us-east-1>us-west-2");
        assertThat(item.get("lastVersion").n()).isEqualTo("3");
        assertThat(item.get("committedAt").s()).isEqualTo("2025-03-01T12:00:00.000000000Z");
        assertThat(item.get("gpk").s()).isEqualTo("2025-03-01T12#" + EventTableSchema.shardOf(stream));
        assertThat(item.get("gsk").s()).isEqualTo(EventTableSchema.feedSortKey(second.position()));
        assertThat(item.get("events").l()).singleElement().satisfies(event -> {
            assertThat(event.m().get("id").s()).isEqualTo("e3");
            assertThat(event.m().get("type").s()).isEqualTo("ReplicationFailed");
            assertThat(event.m().get("payload").s()).startsWith("{\"route\":{\"source\":\"us-east-1\"");
        });
        assertThat(rawItem(stream, 1).get("events").l()).hasSize(2);
    }

    @Test
    void refuses_a_commit_too_large_for_one_item_naming_the_stream_and_its_size() {
        List<NewEvent> tooLarge = List.of(failure("e1", 200_000), failure("e2", 200_000));

        assertThatThrownBy(() -> store.append(stream, 0, tooLarge))
                .isInstanceOf(CommitTooLarge.class)
                .hasMessageContaining(stream.value())
                .hasMessageMatching("(?s).* is 4\\d{5} bytes .*")
                .hasMessageContaining(String.valueOf(EventTableSchema.MAX_COMMIT_BYTES));
        assertThat(store.readStream(stream)).isEmpty();
    }

    @Test
    void reads_a_stream_larger_than_one_query_page_completely_and_in_order() {
        List<EventId> written = new ArrayList<>();
        for (int commit = 0; commit < 4; commit++) {
            NewEvent large = failure("large-" + commit, 300_000);
            store.append(stream, commit, List.of(large));
            written.add(large.id());
        }
        try (ThrottlingProxy counter = ThrottlingProxy.inFrontOf(dynalite.endpoint());
                DynamoDbClient client = Dynalite.clientFor(counter.endpoint(), configuration -> { })) {
            List<RecordedEvent> read = new DynamoDbEventStore(client, table, () -> NOON).readStream(stream);

            assertThat(read).extracting(RecordedEvent::id).containsExactlyElementsOf(written);
            assertThat(read).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
            assertThat(counter.forwardedOperations()).as("1.2 MB of items take more than one 1 MB page")
                    .filteredOn("Query"::equals).hasSizeGreaterThan(1);
        }
    }

    @Test
    void discards_only_the_given_stream() {
        StreamId other = ROUTE.reversed().series();
        store.append(stream, 0, List.of(failure("e1", 10)));
        store.append(other, 0, List.of(failure("o1", 10)));

        store.discardAfter(stream, 0);

        assertThat(store.readStream(stream)).isEmpty();
        assertThat(store.readStream(other)).extracting(RecordedEvent::id).containsExactly(new EventId("o1"));
    }

    @Test
    void appends_after_its_own_last_commit_with_the_put_alone_and_reads_the_stream_after_anyone_elses() {
        try (ThrottlingProxy counter = ThrottlingProxy.inFrontOf(dynalite.endpoint());
                DynamoDbClient client = Dynalite.clientFor(counter.endpoint(), configuration -> { })) {
            DynamoDbEventStore follower = new DynamoDbEventStore(client, table, () -> NOON);
            follower.append(stream, 0, List.of(failure("e1", 10)));
            follower.append(stream, 1, List.of(failure("e2", 10)));
            store.append(stream, 2, List.of(failure("e3", 10)));
            follower.append(stream, 3, List.of(failure("e4", 10)));
            follower.append(stream, 4, List.of(failure("e5", 10)));

            assertThat(counter.forwardedOperations()).as("the feed hour, e1, e2, then e4 after reading e3, e5")
                    .containsExactly("PutItem", "PutItem", "PutItem", "Query", "PutItem", "PutItem");
        }
        assertThat(store.readStream(stream)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void discards_by_leaving_markers_that_reads_skip_so_no_commit_key_is_ever_free_again() {
        store.append(stream, 0, List.of(failure("e1", 10)));
        store.append(stream, 1, List.of(failure("e2", 10), failure("e3", 10)));

        store.discardAfter(stream, 1);

        assertThat(rawItem(stream, 2)).containsOnlyKeys("pk", "sk", "discarded");
        assertThat(rawItem(stream, 4)).as("the version after the former head").containsOnlyKeys("pk", "sk", "discarded");
        assertThat(store.readStream(stream)).extracting(RecordedEvent::id).containsExactly(new EventId("e1"));
        assertThat(store.append(stream, 1, List.of(failure("e2", 10))).commit().firstVersion()).isEqualTo(2);
        assertThat(rawItem(stream, 2)).containsKey("events");
    }

    private Map<String, AttributeValue> rawItem(StreamId stream, long firstVersion) {
        return dynalite.client().getItem(get -> get.tableName(table).consistentRead(true).key(Map.of(
                "pk", AttributeValue.fromS(stream.value()), "sk", AttributeValue.fromN(Long.toString(firstVersion))))).item();
    }

    private static NewEvent failure(String id, int reasonLength) {
        return new NewEvent(new EventId(id), new ReplicationFailed(ROUTE, "x".repeat(reasonLength), 1, NOON));
    }
}
