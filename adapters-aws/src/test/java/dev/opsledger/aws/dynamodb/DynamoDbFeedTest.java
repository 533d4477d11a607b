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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbFeedTest {

    private static final Instant TEN = Instant.parse("2025-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(TEN);
    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final DynamoDbEventStore store = new DynamoDbEventStore(dynalite.client(), table, now::get);
    private final Map<StreamId, Long> versions = new HashMap<>();
    private final List<StreamId> streams = IntStream.range(0, 8).mapToObj(i -> StreamId.of("incident", "INC-" + i)).toList();

    @Test
    void reads_commits_across_hour_buckets_and_shards_in_position_order_whatever_the_page_size() {
        assertThat(streams).extracting(EventTableSchema::shardOf).as("the streams cover every shard").contains(0, 1, 2, 3);
        List<Commit> written = new ArrayList<>();
        for (Instant at : List.of(TEN.minusNanos(1), TEN, TEN.plusSeconds(1800), TEN.plusSeconds(3 * 3600 + 300))) {
            now.set(at);
            streams.forEach(stream -> written.add(appendNext(stream)));
        }
        List<Commit> expected = written.stream().sorted(Comparator.comparing(Commit::position)).toList();

        for (int pageSize : new int[] {1, 4, 50}) {
            assertThat(readAll(LogPosition.START, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
        LogPosition middle = expected.get(13).position();
        assertThat(readAll(middle, 5)).isEqualTo(expected.subList(14, expected.size()));
    }

    @Test
    void pages_through_a_burst_of_commits_at_one_instant_in_one_shard_whose_keys_sort_unlike_their_positions() {
        // Within one instant a shard returns its commits by key, where "incident:a" sorts after "incident:a b":
        // a space sorts before the key separator '#'. By position, "incident:a" comes first.
        List<StreamId> sameShard = List.of(StreamId.of("incident", "a"), StreamId.of("incident", "a  "),
                StreamId.of("incident", "a b"), StreamId.of("incident", "a\"c"));
        assertThat(sameShard).extracting(EventTableSchema::shardOf).containsOnly(EventTableSchema.shardOf(sameShard.get(0)));
        List<StreamId> others = List.of(StreamId.of("incident", "a!"), StreamId.of("incident", "ab"), streams.get(1));
        List<Commit> written = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            sameShard.forEach(stream -> written.add(appendNext(stream)));
            others.forEach(stream -> written.add(appendNext(stream)));
        }
        List<Commit> expected = written.stream().sorted(Comparator.comparing(Commit::position)).toList();

        for (int pageSize = 1; pageSize <= 6; pageSize++) {
            assertThat(readAll(LogPosition.START, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
    }

    @Test
    void reads_every_commit_once_in_position_order_from_any_position_whatever_the_page_size() {
        Random random = new Random(20250301);
        List<StreamId> mixed = new ArrayList<>(streams);
        for (String key : List.of("a", "a  ", "a b", "a\"c", "a!", "ab", "a#b", "a#", "b")) {
            mixed.add(StreamId.of("incident", key));
        }
        List<Instant> instants = List.of(TEN.minusNanos(1), TEN, TEN.plusNanos(1), TEN.plusSeconds(1800),
                TEN.plusSeconds(3599), TEN.plusSeconds(3600), TEN.plusSeconds(2 * 3600 + 7));
        List<Commit> written = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            now.set(instants.get(random.nextInt(instants.size())));
            written.add(appendNext(mixed.get(random.nextInt(mixed.size()))));
        }
        now.set(instants.getLast());
        List<Commit> expected = written.stream().sorted(Comparator.comparing(Commit::position)).toList();

        for (int pageSize : new int[] {1, 3, 13, 100}) {
            assertThat(readAll(LogPosition.START, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
        for (int round = 0; round < 8; round++) {
            Commit from = expected.get(random.nextInt(expected.size()));
            LogPosition after = round % 2 == 0
                    ? from.position()
                    : new LogPosition(from.committedAt(), StreamId.of("incident", "a!!"), 1);
            List<Commit> rest = expected.stream().filter(commit -> commit.position().compareTo(after) > 0).toList();
            int pageSize = 1 + random.nextInt(30);
            assertThat(readAll(after, pageSize)).as("after %s in pages of %d", after, pageSize).isEqualTo(rest);
        }
    }

    @Test
    void reads_fewer_than_two_feed_items_per_commit_a_page_returns_when_streams_spread_over_the_shards() {
        List<Commit> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            now.set(TEN.plusMillis(i));
            written.add(appendNext(StreamId.of("deployment", "d-" + i)));
        }
        FeedItemsRead itemsRead = new FeedItemsRead();
        DynamoDbClient watched = Dynalite.clientFor(dynalite.endpoint(), configuration -> configuration.addExecutionInterceptor(itemsRead));
        DynamoDbEventStore reader = new DynamoDbEventStore(watched, table, now::get);

        FeedPage page = reader.readFeed(LogPosition.START, 100);
        watched.close();

        assertThat(page.commits()).isEqualTo(written.subList(0, 100));
        assertThat(itemsRead.items()).isLessThan(200);
    }

    @Test
    void stops_at_the_current_hour_of_its_clock() {
        Commit early = appendNext(streams.get(0));
        now.set(TEN.plusSeconds(2 * 3600));
        Commit late = appendNext(streams.get(1));
        DynamoDbEventStore readerInThePast = new DynamoDbEventStore(dynalite.client(), table, () -> TEN.plusSeconds(60));

        assertThat(readerInThePast.readFeed(LogPosition.START, 10).commits()).containsExactly(early);
        assertThat(store.readFeed(LogPosition.START, 10).commits()).containsExactly(early, late);
    }

    @Test
    void answers_an_empty_page_at_the_same_position_on_an_empty_table() {
        FeedPage page = store.readFeed(LogPosition.START, 10);

        assertThat(page.commits()).isEmpty();
        assertThat(page.next()).isEqualTo(LogPosition.START);
    }

    private Commit appendNext(StreamId stream) {
        long version = versions.getOrDefault(stream, 0L);
        String id = stream.key() + "-v" + (version + 1);
        NewEvent event = new NewEvent(new EventId(id), new IncidentResolved(new IncidentId(stream.key()), now.get()));
        Commit commit = store.append(stream, version, List.of(event)).commit();
        versions.put(stream, commit.lastVersion());
        return commit;
    }

    private List<Commit> readAll(LogPosition after, int pageSize) {
        return FeedPages.readAll(store, after, pageSize);
    }
}
