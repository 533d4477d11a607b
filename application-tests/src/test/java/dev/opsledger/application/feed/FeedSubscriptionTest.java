package dev.opsledger.application.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.replication.TwoRegions;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedSubscriptionTest {

    private static final Duration LOOK_BACK = Duration.ofMinutes(2);

    private final TwoRegions regions = new TwoRegions();

    @Test
    void returns_every_commit_in_feed_order_reading_page_after_page() {
        List<Commit> written = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            written.add(regions.startDeployment(regions.primary, "d" + i));
        }
        regions.letFeedCatchUp();

        List<Commit> polled = new FeedSubscription(regions.primary, LOOK_BACK, 2).poll(LogPosition.START);

        assertThat(polled).containsExactlyElementsOf(written);
    }

    @Test
    void a_poll_that_fails_after_its_first_page_changes_nothing() {
        List<Commit> written = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            written.add(regions.startDeployment(regions.primary, "d" + i));
        }
        regions.letFeedCatchUp();
        FeedFailingAfter failing = new FeedFailingAfter(regions.primary, 1);
        FeedSubscription subscription = new FeedSubscription(failing, LOOK_BACK, 2);

        assertThatThrownBy(() -> subscription.poll(LogPosition.START)).isInstanceOf(ServiceUnavailable.class);

        assertThat(subscription.nextCheckpoint()).isEqualTo(LogPosition.START);
        assertThat(subscription.poll(LogPosition.START)).containsExactlyElementsOf(written);
    }

    @Test
    void catches_a_commit_that_became_visible_late_thanks_to_the_look_back() {
        FeedSubscription subscription = new FeedSubscription(regions.primary, LOOK_BACK, 10);
        Commit late = writeSlowly("d-late", Duration.ofSeconds(30));
        Commit onTime = regions.startDeployment(regions.primary, "d-on-time");
        regions.letFeedCatchUp();

        assertThat(subscription.poll(LogPosition.START)).containsExactly(onTime);
        LogPosition checkpoint = subscription.nextCheckpoint();
        regions.clock.advance(Duration.ofSeconds(30));

        assertThat(late.position()).isLessThan(checkpoint);
        assertThat(subscription.poll(checkpoint)).containsExactly(late);
        assertThat(subscription.nextCheckpoint()).isEqualTo(checkpoint);
    }

    @Test
    void without_a_look_back_the_late_commit_is_lost() {
        FeedSubscription subscription = new FeedSubscription(regions.primary, Duration.ZERO, 10);
        writeSlowly("d-late", Duration.ofSeconds(30));
        regions.startDeployment(regions.primary, "d-on-time");
        regions.letFeedCatchUp();

        subscription.poll(LogPosition.START);
        regions.clock.advance(Duration.ofSeconds(30));

        assertThat(subscription.poll(subscription.nextCheckpoint())).isEmpty();
    }

    @Test
    void never_returns_a_commit_twice_though_every_poll_rereads_the_window() {
        FeedSubscription subscription = new FeedSubscription(regions.primary, LOOK_BACK, 3);
        List<Commit> delivered = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            regions.startDeployment(regions.primary, "d" + round);
            regions.openIncident(regions.primary, "i" + round);
            regions.letFeedCatchUp();
            delivered.addAll(subscription.poll(subscription.nextCheckpoint()));
        }
        delivered.addAll(subscription.poll(subscription.nextCheckpoint()));

        assertThat(delivered).doesNotHaveDuplicates().containsExactlyElementsOf(regions.primary.allCommits());
    }

    @Test
    void next_checkpoint_is_the_newest_position_delivered_and_never_moves_back() {
        FeedSubscription subscription = new FeedSubscription(regions.primary, LOOK_BACK, 10);
        regions.startDeployment(regions.primary, "d1");
        Commit newest = regions.startDeployment(regions.primary, "d2");
        regions.letFeedCatchUp();

        subscription.poll(LogPosition.START);
        subscription.poll(LogPosition.START);

        assertThat(subscription.nextCheckpoint()).isEqualTo(newest.position());
    }

    private Commit writeSlowly(String deployment, Duration extraLatency) {
        regions.primaryFaults.slowDown(extraLatency);
        Commit commit = regions.startDeployment(regions.primary, deployment);
        regions.primaryFaults.restore();
        return commit;
    }

    /** Serves the first feed pages, then refuses one page read: a table that goes away mid-poll. */
    private static final class FeedFailingAfter extends ForwardingEventStore {

        private int pagesBeforeFailure;

        FeedFailingAfter(EventStore store, int pagesBeforeFailure) {
            super(store);
            this.pagesBeforeFailure = pagesBeforeFailure;
        }

        @Override
        public FeedPage readFeed(LogPosition after, int maxCommits) {
            if (pagesBeforeFailure-- == 0) {
                throw new ServiceUnavailable("feed page refused", false);
            }
            return super.readFeed(after, maxCommits);
        }
    }
}
