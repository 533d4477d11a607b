package dev.opsledger.simulation;

import static dev.opsledger.inmemory.contract.SampleEvents.batch;
import static dev.opsledger.inmemory.contract.SampleEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.inmemory.InMemoryEventStore;
import dev.opsledger.inmemory.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LaggingFeedEventStoreTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final LaggingFeedEventStore store =
            new LaggingFeedEventStore(new InMemoryEventStore(clock), clock, Duration.ofSeconds(2));

    @Test
    void shows_a_commit_on_the_feed_only_once_the_lag_has_passed() {
        Commit commit = store.append(stream("first"), 0, batch("a")).commit();

        assertThat(store.readStream(stream("first"))).hasSize(1);
        clock.advance(Duration.ofMillis(1999));
        FeedPage tooSoon = store.readFeed(LogPosition.START, 10);
        clock.advance(Duration.ofMillis(1));

        assertThat(tooSoon.commits()).isEmpty();
        assertThat(tooSoon.next()).isEqualTo(LogPosition.START);
        assertThat(store.readFeed(LogPosition.START, 10).commits()).containsExactly(commit);
    }

    @Test
    void ends_a_page_before_the_first_commit_too_young_to_show() {
        Commit old = store.append(stream("first"), 0, batch("a")).commit();
        clock.advance(Duration.ofSeconds(3));
        store.append(stream("second"), 0, batch("b"));

        FeedPage page = store.readFeed(LogPosition.START, 10);

        assertThat(page.commits()).containsExactly(old);
        assertThat(page.next()).isEqualTo(old.position());
    }
}
