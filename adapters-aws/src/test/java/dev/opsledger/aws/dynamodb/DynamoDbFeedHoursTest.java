package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbFeedHoursTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T10:15:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private final AtomicReference<Instant> now = new AtomicReference<>(MONDAY);
    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final FeedCalls calls = new FeedCalls();
    private final DynamoDbClient watched = Dynalite.clientFor(dynalite.endpoint(), configuration -> configuration.addExecutionInterceptor(calls));
    private final DynamoDbEventStore store = new DynamoDbEventStore(watched, table, now::get);
    private final Map<StreamId, Long> versions = new HashMap<>();

    @AfterEach
    void closeTheClient() {
        watched.close();
    }

    @Test
    void reads_only_the_hours_that_hold_commits_from_a_position_days_before_them() {
        List<Commit> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            now.set(MONDAY.plus(HOUR.multipliedBy(200L * i)));
            written.add(appendNext(stream(i)));
        }
        LogPosition daysBefore = new LogPosition(MONDAY.minus(Duration.ofDays(3)), stream(9), 1);
        calls.forget();

        FeedPage page = store.readFeed(daysBefore, 10);

        assertThat(page.commits()).isEqualTo(written);
        assertThat(calls.hourListings()).isEqualTo(1);
        assertThat(calls.shardQueries()).as("4 shards of each of the 3 hours, not of the 398 empty ones between them").isEqualTo(4 * 3);
        assertThat(calls.total()).as("the listing and the shards").isEqualTo(1 + 4 * 3);
    }

    @Test
    void an_idle_read_after_the_last_commit_costs_the_same_however_long_the_feed_has_been_quiet() {
        Commit last = appendNext(stream(0));

        for (Duration quiet : List.of(Duration.ofMinutes(1), Duration.ofHours(60), Duration.ofDays(365))) {
            now.set(MONDAY.plus(quiet));
            calls.forget();

            FeedPage page = store.readFeed(last.position(), 100);

            assertThat(page.commits()).isEmpty();
            assertThat(page.next()).isEqualTo(last.position());
            assertThat(calls.hourListings()).as("quiet for %s", quiet).isEqualTo(1);
            assertThat(calls.shardQueries()).as("the shards of the last commit's hour, quiet for %s", quiet).isEqualTo(4);
            assertThat(calls.total()).as("quiet for %s", quiet).isEqualTo(5);
        }
    }

    @Test
    void a_store_lists_each_hour_once_and_before_its_first_commit_of_it() {
        String hours = EventTableSchema.FEED_HOURS_KEY;
        List<String> expectedPuts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instant at = i < 4 ? MONDAY.plusSeconds(i) : i < 7 ? MONDAY.plus(HOUR) : MONDAY.plusSeconds(60);
            if (i == 0 || i == 4) {
                expectedPuts.add(hours);
            }
            now.set(at);
            expectedPuts.add(appendNext(stream(i)).stream().value());
        }
        assertThat(calls.puts()).isEqualTo(expectedPuts);

        calls.forget();
        DynamoDbEventStore anotherInstance = new DynamoDbEventStore(watched, table, now::get);
        versions.put(stream(10), anotherInstance.append(stream(10), 0, List.of(event(stream(10), 1))).commit().lastVersion());
        appendNext(stream(11));

        assertThat(calls.puts()).as("another instance lists the hour again").containsExactly(hours, stream(10).value(), stream(11).value());
        assertThat(listedHours()).containsExactly(EventTableSchema.feedHour(MONDAY), EventTableSchema.feedHour(MONDAY.plus(HOUR)));
    }

    @Test
    void reads_every_commit_once_in_position_order_across_hours_far_apart_whose_commits_share_instants() {
        Random random = new Random(20250303);
        List<StreamId> mixed = new ArrayList<>(IntStream.range(0, 6).mapToObj(DynamoDbFeedHoursTest::stream).toList());
        for (String key : List.of("a", "a b", "a!", "a#b", "b")) {
            mixed.add(StreamId.of("incident", key));
        }
        Instant farLater = MONDAY.plus(HOUR.multipliedBy(300));
        List<Instant> instants = List.of(MONDAY.minusNanos(1), MONDAY, MONDAY.plusNanos(1), MONDAY.plus(HOUR),
                MONDAY.plus(HOUR.multipliedBy(3)).minusNanos(1), farLater, farLater.plusNanos(1));
        List<Commit> written = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            now.set(instants.get(random.nextInt(instants.size())));
            written.add(appendNext(mixed.get(random.nextInt(mixed.size()))));
        }
        now.set(farLater.plus(HOUR));
        List<Commit> expected = written.stream().sorted(Comparator.comparing(Commit::position)).toList();

        for (int pageSize : new int[] {1, 2, 7, 100}) {
            assertThat(readAll(LogPosition.START, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
        for (int round = 0; round < 8; round++) {
            Commit from = expected.get(random.nextInt(expected.size()));
            LogPosition after = round % 2 == 0
                    ? from.position()
                    : new LogPosition(from.committedAt().plus(HOUR.multipliedBy(random.nextInt(3))), StreamId.of("incident", "a!!"), 1);
            List<Commit> rest = expected.stream().filter(commit -> commit.position().compareTo(after) > 0).toList();
            int pageSize = 1 + random.nextInt(20);
            assertThat(readAll(after, pageSize)).as("after %s in pages of %d", after, pageSize).isEqualTo(rest);
        }
    }

    @Test
    void lists_the_hours_a_page_at_a_time_and_only_as_far_as_the_read_needs() {
        List<Commit> written = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            now.set(MONDAY.plus(HOUR.multipliedBy(i)));
            written.add(appendNext(stream(i)));
        }
        calls.forget();

        assertThat(store.readFeed(LogPosition.START, 1).commits()).containsExactly(written.getFirst());
        assertThat(calls.hourListings()).as("one page of hours for a page the first hour fills").isEqualTo(1);
        assertThat(calls.shardQueries()).as("the first hour's shards, and its commit's once more to complete that instant").isEqualTo(5);

        calls.forget();
        assertThat(store.readFeed(LogPosition.START, 500).commits()).isEqualTo(written);
        assertThat(calls.hourListings()).as("two pages of hours for 110 hours").isEqualTo(2);
    }

    private List<Long> listedHours() {
        return dynalite.client().queryPaginator(query -> query.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(EventTableSchema.FEED_HOURS_KEY))))
                .items().stream().map(item -> Long.parseLong(item.get(EventTableSchema.SORT_KEY).n())).toList();
    }

    private static StreamId stream(int number) {
        return StreamId.of("incident", "INC-" + number);
    }

    private static NewEvent event(StreamId stream, long version) {
        return new NewEvent(new EventId(stream.key() + "-v" + version), new IncidentResolved(new IncidentId(stream.key()), MONDAY));
    }

    private Commit appendNext(StreamId stream) {
        long version = versions.getOrDefault(stream, 0L);
        Commit commit = store.append(stream, version, List.of(event(stream, version + 1))).commit();
        versions.put(stream, commit.lastVersion());
        return commit;
    }

    private List<Commit> readAll(LogPosition after, int pageSize) {
        return FeedPages.readAll(store, after, pageSize);
    }
}
