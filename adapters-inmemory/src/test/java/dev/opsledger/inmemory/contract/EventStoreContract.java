package dev.opsledger.inmemory.contract;

import static dev.opsledger.inmemory.contract.SampleEvents.batch;
import static dev.opsledger.inmemory.contract.SampleEvents.idsOf;
import static dev.opsledger.inmemory.contract.SampleEvents.recorded;
import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.MalformedBatch;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventStore} contract, run by every implementation. Feed checks wait (boundedly) for
 * commits to become visible, so a store whose feed lags behind its appends passes too.
 */
public abstract class EventStoreContract {

    /** A new, empty store stamping commits with {@code clock}. */
    protected abstract EventStore newStore(InstantSource clock);

    /**
     * Another instance over the table {@code store} keeps its log in, as another process opens it, with nothing
     * it remembers shared; a store whose instance is its table returns {@code store} itself.
     */
    protected abstract EventStore sameTableAgain(EventStore store);

    private EventStore newStore() {
        return newStore(InstantSource.system());
    }

    private final StreamId orders = stream("orders");

    @Test
    void reads_back_appended_events_in_version_order() {
        EventStore store = newStore();
        AppendResult first = store.append(orders, 0, batch("a", "b"));
        AppendResult second = store.append(orders, 2, batch("c"));

        assertThat(first.alreadyAppended()).isFalse();
        assertThat(first.commit().firstVersion()).isEqualTo(1);
        assertThat(second.commit().firstVersion()).isEqualTo(3);
        assertThat(store.readStream(orders)).containsExactly(
                recorded(orders, 1, "a"), recorded(orders, 2, "b"), recorded(orders, 3, "c"));
    }

    @Test
    void reads_a_stream_never_written_as_empty() {
        assertThat(newStore().readStream(stream("nobody"))).isEmpty();
    }

    @Test
    void refuses_an_append_at_the_wrong_version_and_leaves_the_stream_unchanged() {
        EventStore store = newStore();
        store.append(orders, 0, batch("a", "b"));

        assertThatThrownBy(() -> store.append(orders, 1, batch("c")))
                .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(1);
                    assertThat(conflict.actualVersion()).isEqualTo(2);
                });
        assertThatThrownBy(() -> store.append(orders, 5, batch("c"))).isInstanceOf(ConcurrencyConflict.class);
        assertThatThrownBy(() -> store.append(stream("fresh"), 1, batch("d"))).isInstanceOf(ConcurrencyConflict.class);
        assertThat(idsOf(store.readStream(orders))).containsExactly(new EventId("a"), new EventId("b"));
        assertThat(store.readStream(stream("fresh"))).isEmpty();
    }

    @Test
    void writes_a_batch_as_one_commit_or_not_at_all() throws InterruptedException {
        EventStore store = newStore();
        Commit commit = store.append(orders, 0, batch("a", "b", "c")).commit();
        assertThatThrownBy(() -> store.append(orders, 0, batch("d", "e"))).isInstanceOf(ConcurrencyConflict.class);
        assertThatThrownBy(() -> store.append(orders, 3, batch("d", "a"))).isInstanceOf(EventIdsReused.class);

        assertThat(commit.events()).hasSize(3);
        assertThat(commit.lastVersion()).isEqualTo(3);
        assertThat(store.readStream(orders)).hasSize(3);
        List<Commit> feed = FeedScan.awaitScan(store, LogPosition.START, 10, scan -> !scan.isEmpty());
        assertThat(feed).containsExactly(commit);
    }

    @Test
    void recognises_an_exact_retry_and_reports_the_original_commit_whatever_the_expected_version() {
        EventStore store = newStore();
        Commit original = store.append(orders, 0, batch("a", "b")).commit();
        store.append(orders, 2, batch("c"));

        for (long expectedVersion : new long[] {0, 2, 3, 7}) {
            AppendResult retry = store.append(orders, expectedVersion, batch("a", "b"));
            assertThat(retry.alreadyAppended()).isTrue();
            assertThat(retry.commit()).isEqualTo(original);
        }
        assertThat(store.readStream(orders)).hasSize(3);
    }

    @Test
    void refuses_a_batch_that_repeats_only_some_ids_or_regroups_them() {
        EventStore store = newStore();
        store.append(orders, 0, batch("a", "b"));

        assertThatThrownBy(() -> store.append(orders, 2, batch("b", "c")))
                .isInstanceOfSatisfying(EventIdsReused.class, reused -> {
                    assertThat(reused.stream()).isEqualTo(orders);
                    assertThat(reused.reused()).containsExactly(new EventId("b"));
                });
        assertThatThrownBy(() -> store.append(orders, 2, batch("b", "a"))).isInstanceOf(EventIdsReused.class);
        assertThatThrownBy(() -> store.append(orders, 2, batch("a"))).isInstanceOf(EventIdsReused.class);
        assertThat(idsOf(store.readStream(orders))).containsExactly(new EventId("a"), new EventId("b"));
    }

    @Test
    void refuses_a_malformed_batch_before_looking_at_the_stream() {
        EventStore store = newStore();
        store.append(orders, 0, batch("a"));

        assertThatThrownBy(() -> store.append(orders, 1, List.of())).isInstanceOf(MalformedBatch.class);
        assertThatThrownBy(() -> store.append(orders, 1, batch("b", "b"))).isInstanceOf(MalformedBatch.class)
                .hasMessageContaining(orders.value());
        assertThatThrownBy(() -> store.append(orders, -1, batch("b"))).isInstanceOf(MalformedBatch.class);
        assertThatThrownBy(() -> store.append(stream("fresh"), 0, batch("c", "c"))).isInstanceOf(MalformedBatch.class);
        assertThat(idsOf(store.readStream(orders))).containsExactly(new EventId("a"));
        assertThat(store.readStream(stream("fresh"))).isEmpty();
    }

    @Test
    void refuses_a_commit_over_350_kilobytes_and_takes_one_well_under() {
        EventStore store = newStore();
        StreamId journal = SampleEvents.replicationJournal();

        assertThatThrownBy(() -> store.append(journal, 0, List.of(SampleEvents.failureWithReasonOf("big", 360 * 1024))))
                .isInstanceOfSatisfying(CommitTooLarge.class, tooLarge -> {
                    assertThat(tooLarge.stream()).isEqualTo(journal);
                    assertThat(tooLarge.bytes()).isGreaterThan(tooLarge.limitBytes());
                    assertThat(tooLarge.limitBytes()).isEqualTo(350 * 1024);
                })
                .hasMessageContaining(journal.value());
        assertThat(store.readStream(journal)).isEmpty();
        assertThat(store.append(journal, 0, List.of(SampleEvents.failureWithReasonOf("fits", 300 * 1024))).alreadyAppended())
                .isFalse();
    }

    @Test
    void keeps_commit_times_of_a_stream_non_decreasing_when_the_clock_goes_back() {
        Instant noon = Instant.parse("2025-03-01T12:00:00Z");
        AtomicReference<Instant> now = new AtomicReference<>(noon);
        EventStore store = newStore(now::get);

        Instant first = store.append(orders, 0, batch("a")).commit().committedAt();
        now.set(noon.minusSeconds(30));
        Instant second = store.append(orders, 1, batch("b")).commit().committedAt();
        now.set(noon.plusSeconds(5));
        Instant third = store.append(orders, 2, batch("c")).commit().committedAt();

        assertThat(first).isEqualTo(noon);
        assertThat(second).isAfterOrEqualTo(first);
        assertThat(third).isEqualTo(noon.plusSeconds(5));
    }

    @Test
    void feeds_every_commit_of_many_streams_in_position_order_page_by_page() throws InterruptedException {
        EventStore store = newStore();
        List<Commit> acknowledged = appendAcrossStreams(store, 6, 5);

        List<Commit> feed = FeedScan.awaitScan(store, LogPosition.START, 4, scan -> scan.size() >= acknowledged.size());

        assertThat(feed).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(feed).extracting(Commit::position).isSortedAccordingTo(LogPosition::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void feeds_only_commits_strictly_after_the_given_position() throws InterruptedException {
        EventStore store = newStore();
        List<Commit> acknowledged = appendAcrossStreams(store, 3, 4);
        List<Commit> all = FeedScan.awaitScan(store, LogPosition.START, 50, scan -> scan.size() >= acknowledged.size());
        LogPosition middle = all.get(all.size() / 2).position();

        List<Commit> rest = FeedScan.readAll(store, middle, 3);

        assertThat(rest).isEqualTo(all.subList(all.size() / 2 + 1, all.size()));
        assertThat(store.readFeed(all.getLast().position(), 5).commits()).isEmpty();
        assertThat(store.readFeed(all.getLast().position(), 5).next()).isEqualTo(all.getLast().position());
    }

    @Test
    void discards_whole_commits_after_a_version_so_their_events_can_come_back() throws InterruptedException {
        EventStore store = newStore();
        Commit kept = store.append(orders, 0, batch("a", "b")).commit();
        store.append(orders, 2, batch("c", "d"));
        store.append(orders, 4, batch("e"));
        assertThatThrownBy(() -> store.discardAfter(orders, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.readStream(orders)).hasSize(5);

        store.discardAfter(orders, 2);

        assertThat(idsOf(store.readStream(orders))).containsExactly(new EventId("a"), new EventId("b"));
        assertThat(FeedScan.awaitScan(store, LogPosition.START, 10, scan -> scan.equals(List.of(kept)))).containsExactly(kept);
        AppendResult reapplied = store.append(orders, 2, batch("c", "d"));
        assertThat(reapplied.alreadyAppended()).isFalse();
        assertThat(reapplied.commit().firstVersion()).isEqualTo(3);
        store.discardAfter(orders, 0);
        assertThat(store.readStream(orders)).isEmpty();
    }

    @Test
    void keeps_every_acknowledged_event_exactly_once_under_sixteen_concurrent_writers() throws InterruptedException {
        EventStore store = newStore();
        List<StreamId> streams = List.of(stream("hot-1"), stream("hot-2"), stream("hot-3"));

        ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(List.of(store, sameTableAgain(store)), streams, 16,
                Duration.ofSeconds(2));

        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.successes()).isPositive();
        assertThat(outcome.recognisedRetries()).isPositive();
        assertThat(outcome.conflicts()).as("every failed attempt reported as a conflict").isPositive()
                .isEqualTo(outcome.attempts() - outcome.successes() - outcome.recognisedRetries());
        Map<StreamId, List<RecordedEvent>> stored = new HashMap<>();
        streams.forEach(stream -> stored.put(stream, store.readStream(stream)));
        stored.values().forEach(events -> {
            assertThat(events).extracting(RecordedEvent::version)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
            assertThat(idsOf(events)).doesNotHaveDuplicates();
        });
        assertThat(stored.values().stream().mapToLong(List::size).sum())
                .as("events stored: every acknowledged one and nothing else").isEqualTo(outcome.acknowledgedEvents());
        for (ConcurrentWriters.Acknowledged ack : outcome.acknowledged()) {
            int from = (int) ack.firstVersion() - 1;
            assertThat(idsOf(stored.get(ack.stream()).subList(from, from + ack.ids().size())))
                    .as("acknowledged batch at %s v%d", ack.stream(), ack.firstVersion()).isEqualTo(ack.ids());
        }
    }

    @Test
    void takes_appends_to_one_stream_from_two_instances_over_one_table_in_turn() {
        EventStore follower = newStore();
        EventStore outsider = sameTableAgain(follower);

        follower.append(orders, 0, batch("a"));
        follower.append(orders, 1, batch("b", "c"));
        outsider.append(orders, 3, batch("d"));
        follower.append(orders, 4, batch("e"));
        follower.append(orders, 5, batch("f"));
        outsider.append(orders, 6, batch("g", "h"));

        assertThat(outsider.readStream(orders)).extracting(RecordedEvent::version)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
        assertThat(idsOf(follower.readStream(orders))).extracting(EventId::value)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void refuses_a_follower_at_its_own_last_head_once_another_instance_moved_the_stream_on() {
        EventStore follower = newStore();
        EventStore outsider = sameTableAgain(follower);
        follower.append(orders, 0, batch("a"));
        follower.append(orders, 1, batch("b", "c"));
        outsider.append(orders, 3, batch("d", "e", "f"));

        assertThatThrownBy(() -> follower.append(orders, 3, batch("x")))
                .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(3);
                    assertThat(conflict.actualVersion()).isEqualTo(6);
                });
        assertThatThrownBy(() -> follower.append(orders, 1, batch("x"))).isInstanceOf(ConcurrencyConflict.class);
        assertThat(idsOf(outsider.readStream(orders))).extracting(EventId::value).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void recognises_a_retry_at_a_followers_own_head_of_its_last_commit_or_of_one_another_instance_wrote_since() {
        EventStore follower = newStore();
        EventStore outsider = sameTableAgain(follower);
        follower.append(orders, 0, batch("a"));
        Commit last = follower.append(orders, 1, batch("b", "c")).commit();

        AppendResult ownRetry = follower.append(orders, 3, batch("b", "c"));
        assertThatThrownBy(() -> follower.append(orders, 3, batch("c", "d"))).isInstanceOf(EventIdsReused.class);
        assertThatThrownBy(() -> follower.append(orders, 3, batch("c", "b"))).isInstanceOf(EventIdsReused.class);
        Commit outsiders = outsider.append(orders, 3, batch("d")).commit();
        AppendResult retryOfOutsiders = follower.append(orders, 3, batch("d"));
        assertThatThrownBy(() -> follower.append(orders, 3, batch("d", "e"))).isInstanceOf(EventIdsReused.class);

        assertThat(ownRetry.alreadyAppended()).isTrue();
        assertThat(ownRetry.commit()).isEqualTo(last);
        assertThat(retryOfOutsiders.alreadyAppended()).isTrue();
        assertThat(retryOfOutsiders.commit()).isEqualTo(outsiders);
        assertThat(idsOf(follower.readStream(orders))).extracting(EventId::value).containsExactly("a", "b", "c", "d");
    }

    @Test
    void neither_leaves_a_gap_nor_misses_an_id_when_another_instance_discarded_the_followers_commits() {
        EventStore follower = newStore();
        EventStore outsider = sameTableAgain(follower);
        follower.append(orders, 0, batch("a"));
        follower.append(orders, 1, batch("b"));
        follower.append(orders, 2, batch("c"));
        outsider.discardAfter(orders, 1);
        outsider.append(orders, 1, batch("x"));

        assertThatThrownBy(() -> follower.append(orders, 3, batch("d")))
                .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> assertThat(conflict.actualVersion()).isEqualTo(2));
        Commit y = outsider.append(orders, 2, batch("y")).commit();
        AppendResult retryOfY = follower.append(orders, 3, batch("y"));
        AppendResult discardedComesBack = follower.append(orders, 3, batch("c"));

        assertThat(retryOfY.alreadyAppended()).isTrue();
        assertThat(retryOfY.commit()).isEqualTo(y);
        assertThat(discardedComesBack.alreadyAppended()).isFalse();
        assertThat(discardedComesBack.commit().firstVersion()).isEqualTo(4);
        assertThat(idsOf(outsider.readStream(orders))).extracting(EventId::value).containsExactly("a", "x", "y", "c");
        assertThat(outsider.readStream(orders)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void does_not_overlap_a_commit_written_over_the_followers_discarded_ones() {
        EventStore follower = newStore();
        EventStore outsider = sameTableAgain(follower);
        follower.append(orders, 0, batch("a"));
        follower.append(orders, 1, batch("b"));
        outsider.append(orders, 2, batch("c"));
        outsider.discardAfter(orders, 1);
        outsider.append(orders, 1, batch("x", "y", "z"));

        assertThatThrownBy(() -> follower.append(orders, 2, batch("d")))
                .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> assertThat(conflict.actualVersion()).isEqualTo(4));
        assertThatThrownBy(() -> follower.append(orders, 3, batch("d"))).isInstanceOf(ConcurrencyConflict.class);
        assertThat(idsOf(follower.readStream(orders))).extracting(EventId::value).containsExactly("a", "x", "y", "z");
        assertThat(follower.readStream(orders)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
    }

    private static List<Commit> appendAcrossStreams(EventStore store, int streamCount, int commitsPerStream) {
        List<Commit> acknowledged = new ArrayList<>();
        for (int round = 0; round < commitsPerStream; round++) {
            for (int s = 0; s < streamCount; s++) {
                StreamId target = stream("s" + s);
                acknowledged.add(store.append(target, round, batch("s" + s + "-e" + round)).commit());
            }
        }
        Set<LogPosition> positions = acknowledged.stream().map(Commit::position).collect(Collectors.toSet());
        assertThat(positions).hasSize(acknowledged.size());
        return acknowledged;
    }
}
