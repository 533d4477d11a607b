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
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DynamoDbFeedTest {

    private static final Instant TEN = Instant.parse("2025-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(TEN);
    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final DynamoDbEventStore store = new DynamoDbEventStore(dynalite.client(), table, now::get);
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

        for (int pageSize : new int[] {1, 3, 8, 50}) {
            assertThat(readAll(LogPosition.START, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
        LogPosition middle = expected.get(13).position();
        assertThat(readAll(middle, 5)).isEqualTo(expected.subList(14, expected.size()));
    }

    @Test
    void pages_through_a_burst_of_commits_at_one_instant_including_streams_that_sort_before_the_key_separator() {
        List<StreamId> awkward = List.of(StreamId.of("incident", "a"), StreamId.of("incident", "a b"),
                StreamId.of("incident", "a!"), StreamId.of("incident", "a\"c"), StreamId.of("incident", "ab"));
        List<Commit> written = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (StreamId stream : awkward) {
                written.add(appendNext(stream));
            }
            streams.forEach(stream -> written.add(appendNext(stream)));
        }
        List<Commit> expected = written.stream().sorted(Comparator.comparing(Commit::position)).toList();

        for (int pageSize = 1; pageSize <= 5; pageSize++) {
            assertThat(readAll(LogPosition.START, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
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
        long version = store.readStream(stream).size();
        String id = stream.key() + "-v" + (version + 1);
        NewEvent event = new NewEvent(new EventId(id), new IncidentResolved(new IncidentId(stream.key()), now.get()));
        return store.append(stream, version, List.of(event)).commit();
    }

    private List<Commit> readAll(LogPosition after, int pageSize) {
        List<Commit> commits = new ArrayList<>();
        FeedPage page = store.readFeed(after, pageSize);
        while (!page.commits().isEmpty()) {
            assertThat(page.commits()).hasSizeLessThanOrEqualTo(pageSize);
            commits.addAll(page.commits());
            page = store.readFeed(page.next(), pageSize);
        }
        return commits;
    }
}
