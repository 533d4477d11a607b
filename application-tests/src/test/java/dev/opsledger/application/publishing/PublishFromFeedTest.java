package dev.opsledger.application.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.health.HealthStatus;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointCarriedForward;
import dev.opsledger.domain.publishing.PublishingStream;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.contract.AppendCountingEventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishFromFeedTest {

    private final PublishingRegion region = new PublishingRegion();

    @Test
    void publishes_every_appended_domain_event_once_across_passes_without_failures() {
        PublishFromFeed publishing = region.publisher();
        RecordedEvent first = region.startDeployment("d1");
        RecordedEvent second = region.openIncident("i1");
        region.letFeedCatchUp();
        PublishPass pass = publishing.publishOnce();
        RecordedEvent third = region.startDeployment("d2");
        region.letFeedCatchUp();
        PublishPass next = publishing.publishOnce();

        assertThat(region.bus.published()).containsExactly(first, second, third);
        assertThat(pass).isEqualTo(new PublishPass(2, region.store.allCommits().get(1).position(), true));
        assertThat(next.published()).isEqualTo(1);
        assertThat(next.checkpoint()).isEqualTo(lastCommitOf(third));
    }

    @Test
    void advances_its_checkpoint_right_after_the_commit_it_wrote_last() {
        AppendCountingEventStore store = new AppendCountingEventStore(region.store);
        PublishFromFeed publishing = new PublishFromFeed(PublishingRegion.REGION, store, region.bus,
                () -> new FeedSubscription(store, PublishingRegion.LOOK_BACK, 4), region.metrics, region.clock);
        region.startDeployment("d1");
        region.letFeedCatchUp();
        publishing.publishOnce();
        RecordedEvent second = region.startDeployment("d2");
        region.letFeedCatchUp();

        PublishPass next = publishing.publishOnce();

        StreamId checkpoints = PublishingStream.at(PublishingRegion.REGION, region.clock.instant());
        assertThat(store.appends()).as("both advances, at the version the publisher last wrote")
                .containsExactly(checkpoints, checkpoints);
        assertThat(next.checkpoint()).isEqualTo(lastCommitOf(second));
        assertThat(region.store.readStream(checkpoints)).hasSize(2);
    }

    @Test
    void an_idle_publisher_opens_each_hours_stream_with_its_checkpoint_and_a_fresh_one_resumes_from_it() {
        PublishFromFeed publishing = region.publisher();
        RecordedEvent early = region.startDeployment("d0");
        region.letFeedCatchUp();
        publishing.publishOnce();
        region.clock.advance(Duration.ofMinutes(10));
        region.startDeployment("d1");
        region.letFeedCatchUp();
        publishing.publishOnce();
        region.letFeedCatchUp();
        publishing.publishOnce();
        region.clock.advance(Duration.ofHours(1));

        publishing.publishOnce();

        StreamId thisHour = PublishingStream.at(PublishingRegion.REGION, region.clock.instant());
        assertThat(region.store.readStream(thisHour)).extracting(RecordedEvent::event).singleElement()
                .isInstanceOfSatisfying(PublishCheckpointCarriedForward.class,
                        carried -> assertThat(carried.checkpoint()).isEqualTo(region.recordedCheckpoints().getLast()));
        region.clock.advance(Duration.ofMinutes(50));
        region.publisher().publishOnce();
        assertThat(region.bus.published()).as("a fresh publisher re-reads only the look-back before the carried checkpoint")
                .filteredOn(early::equals).hasSize(1);
    }

    @Test
    void publishes_status_changes_but_not_the_checks_that_led_to_them() {
        region.recordHealthCheck("check-1");
        RecordedEvent degraded = region.changeStatus("status-1", HealthStatus.HEALTHY, HealthStatus.DEGRADED);
        region.letFeedCatchUp();

        PublishPass pass = region.publisher().publishOnce();

        assertThat(region.bus.published()).containsExactly(degraded);
        assertThat(pass.checkpoint()).isEqualTo(lastCommitOf(degraded));
    }

    @Test
    void hands_the_bus_at_most_ten_events_per_call() {
        List<Integer> callSizes = new ArrayList<>();
        PublishFromFeed publishing = region.publisherOver(events -> {
            callSizes.add(events.size());
            region.bus.publish(events);
        });
        for (int i = 1; i <= 23; i++) {
            region.startDeployment("d" + i);
        }
        region.letFeedCatchUp();

        PublishPass pass = publishing.publishOnce();

        assertThat(callSizes).containsExactly(10, 10, 3);
        assertThat(pass.published()).isEqualTo(23);
        assertThat(region.bus.published()).containsExactlyElementsOf(region.publishable());
    }

    @Test
    void refused_entries_are_published_again_on_the_next_pass_and_only_then_is_the_checkpoint_advanced() {
        PublishFromFeed publishing = region.publisher();
        RecordedEvent first = region.startDeployment("d1");
        RecordedEvent second = region.startDeployment("d2");
        RecordedEvent refused = region.openIncident("i1");
        region.letFeedCatchUp();
        region.bus.rejectNext(1);

        PublishPass failed = publishing.publishOnce();

        assertThat(failed).isEqualTo(new PublishPass(0, LogPosition.START, false));
        assertThat(region.bus.published()).containsExactly(first, second);
        assertThat(region.recordedCheckpoints()).isEmpty();

        PublishPass retried = publishing.publishOnce();

        assertThat(retried).isEqualTo(new PublishPass(3, lastCommitOf(refused), true));
        assertThat(region.bus.published()).containsExactly(first, second, first, second, refused);
        assertThat(region.bus.distinctPublished()).containsExactly(first, second, refused);
        assertThat(region.recordedCheckpoints()).containsExactly(lastCommitOf(refused));
    }

    @Test
    void while_the_bus_is_down_the_lag_grows_from_the_oldest_unpublished_commit() {
        PublishFromFeed publishing = region.publisher();
        RecordedEvent oldest = region.startDeployment("d1");
        region.startDeployment("d2");
        region.letFeedCatchUp();
        region.busFaults.goDark();

        publishing.publishOnce();
        region.clock.advance(Duration.ofSeconds(30));
        PublishPass stillDown = publishing.publishOnce();

        double expectedLag = Duration.between(region.store.allCommits().getFirst().committedAt(), region.clock.instant())
                .toSeconds();
        assertThat(stillDown.caughtUp()).isFalse();
        assertThat(region.latestMetric("PublishLag")).isEqualTo(expectedLag);
        assertThat(region.latestMetric("EventsPublished")).isZero();

        region.busFaults.restore();
        PublishPass recovered = publishing.publishOnce();

        assertThat(recovered.caughtUp()).isTrue();
        assertThat(region.bus.published()).startsWith(oldest).hasSize(2);
        assertThat(region.latestMetric("PublishLag")).isZero();
        assertThat(region.latestMetric("EventsPublished")).isEqualTo(2);
    }

    @Test
    void an_idle_region_stops_recording_checkpoints() {
        PublishFromFeed publishing = region.publisher();
        region.startDeployment("d1");
        for (int pass = 0; pass < 5; pass++) {
            region.letFeedCatchUp();
            publishing.publishOnce();
        }
        int settled = region.recordedCheckpoints().size();
        for (int pass = 0; pass < 5; pass++) {
            region.clock.advance(Duration.ofMinutes(5));
            publishing.publishOnce();
        }

        assertThat(settled).as("one for the deployment, one to step past that checkpoint").isEqualTo(2);
        assertThat(region.recordedCheckpoints()).hasSize(settled);
        assertThat(region.bus.published()).hasSize(1);
    }

    @Test
    void the_checkpoint_event_id_is_derived_from_the_checkpoint_so_a_retry_is_recognised() {
        RecordedEvent deployed = region.startDeployment("d1");
        region.letFeedCatchUp();

        region.publisher().publishOnce();

        LogPosition checkpoint = lastCommitOf(deployed);
        RecordedEvent recorded = region.store.readSeries(PublishingStream.series(PublishingRegion.REGION)).getFirst();
        assertThat(recorded.id().value()).isEqualTo("publishing:us-east-1@" + checkpoint.committedAt()
                + "/deployment:d1/1");
    }

    private LogPosition lastCommitOf(RecordedEvent event) {
        return region.store.allCommits().stream()
                .filter(commit -> commit.events().contains(event))
                .findFirst().orElseThrow().position();
    }
}
