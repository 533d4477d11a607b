package dev.opsledger.inmemory;

import static dev.opsledger.inmemory.contract.SampleEvents.batch;
import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.fault.Faults;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    private final VirtualClock clock = new VirtualClock(NOON);
    private final Faults faults = new Faults();
    private final InMemoryEventStore store = new InMemoryEventStore(clock, faults, Duration.ofSeconds(2));
    private final StreamId first = stream("first");
    private final StreamId second = stream("second");

    @Test
    void stamps_each_commit_with_the_clock() {
        clock.advance(Duration.ofSeconds(7));

        assertThat(store.append(first, 0, batch("a")).commit().committedAt()).isEqualTo(NOON.plusSeconds(7));
    }

    @Test
    void shows_a_commit_on_the_feed_only_once_the_feed_lag_has_passed() {
        Commit commit = store.append(first, 0, batch("a")).commit();

        assertThat(store.readStream(first)).hasSize(1);
        assertThat(store.readFeed(LogPosition.START, 10).commits()).isEmpty();
        clock.advance(Duration.ofMillis(1999));
        assertThat(store.readFeed(LogPosition.START, 10).commits()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(store.readFeed(LogPosition.START, 10).commits()).containsExactly(commit);
    }

    @Test
    void lands_a_slow_write_behind_later_ones_so_a_reader_that_does_not_look_back_misses_it() {
        faults.slowDown(Duration.ofSeconds(5));
        Commit slow = store.append(first, 0, batch("a")).commit();
        faults.restore();
        clock.advance(Duration.ofSeconds(2));
        Commit quick = store.append(second, 0, batch("b")).commit();
        clock.advance(Duration.ofSeconds(2));

        FeedPage seen = store.readFeed(LogPosition.START, 10);
        clock.advance(Duration.ofSeconds(3));

        assertThat(seen.commits()).containsExactly(quick);
        assertThat(store.readFeed(seen.next(), 10).commits()).isEmpty();
        LogPosition lookingBack = new LogPosition(seen.next().committedAt().minus(Duration.ofMinutes(2)), first, 0);
        assertThat(store.readFeed(lookingBack, 10).commits()).containsExactly(slow, quick);
    }

    @Test
    void refuses_every_call_of_a_dark_region_and_writes_nothing() {
        faults.goDark();

        assertThatThrownBy(() -> store.append(first, 0, batch("a"))).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> store.readStream(first)).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> store.readFeed(LogPosition.START, 1)).isInstanceOf(ServiceUnavailable.class);
        assertThatThrownBy(() -> store.discardAfter(first, 0)).isInstanceOf(ServiceUnavailable.class);
        faults.restore();
        assertThat(store.readStream(first)).isEmpty();
        assertThat(store.allCommits()).isEmpty();
    }

    @Test
    void lets_a_refused_append_be_retried_with_the_same_ids() {
        faults.failNext(1);

        assertThatThrownBy(() -> store.append(first, 0, batch("a", "b"))).isInstanceOf(ServiceUnavailable.class);
        assertThat(store.append(first, 0, batch("a", "b")).alreadyAppended()).isFalse();
        assertThat(store.readStream(first)).hasSize(2);
    }

    @Test
    void shows_every_commit_in_feed_order_to_inspection_whatever_the_lag_and_the_faults() {
        Commit a = store.append(second, 0, batch("a")).commit();
        clock.advance(Duration.ofMillis(1));
        Commit b = store.append(first, 0, batch("b")).commit();
        store.append(stream("discarded"), 0, batch("x"));
        store.discardAfter(stream("discarded"), 0);
        faults.goDark();

        assertThat(store.allCommits()).containsExactly(a, b);
        assertThat(store.streams()).containsExactly(first, second);
    }

    @Test
    void refuses_a_feed_page_of_no_commits() {
        assertThatThrownBy(() -> store.readFeed(LogPosition.START, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
