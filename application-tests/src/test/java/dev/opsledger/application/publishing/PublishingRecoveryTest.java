package dev.opsledger.application.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PublishingRecoveryTest {

    private final PublishingRegion region = new PublishingRegion();

    @Test
    void a_crash_between_publishing_and_recording_the_checkpoint_loses_nothing_and_repeats_keep_their_ids() {
        EventPublisher busThenTableFails = events -> {
            region.bus.publish(events);
            region.storeFaults.failNext(1);
        };
        List<RecordedEvent> written = List.of(
                region.startDeployment("d1"), region.openIncident("i1"), region.startDeployment("d2"));
        region.letFeedCatchUp();

        PublishPass beforeCrash = region.publisherOver(busThenTableFails).publishOnce();

        assertThat(beforeCrash).isEqualTo(new PublishPass(3, LogPosition.START, false));
        assertThat(region.recordedCheckpoints()).isEmpty();

        PublishPass afterRestart = region.publisher().publishOnce();

        assertThat(afterRestart.caughtUp()).isTrue();
        assertThat(region.bus.distinctPublished()).containsExactlyElementsOf(written);
        Map<EventId, Long> deliveries = region.bus.published().stream()
                .collect(Collectors.groupingBy(RecordedEvent::id, Collectors.counting()));
        assertThat(deliveries).containsOnlyKeys(written.stream().map(RecordedEvent::id).toList())
                .allSatisfy((id, count) -> assertThat(count).isEqualTo(2));
        assertThat(region.recordedCheckpoints()).containsExactly(afterRestart.checkpoint());
    }

    @Test
    void a_table_that_cannot_be_read_publishes_nothing_and_moves_nothing() {
        region.startDeployment("d1");
        region.letFeedCatchUp();
        region.storeFaults.goDark();

        PublishPass dark = region.publisher().publishOnce();

        assertThat(dark).isEqualTo(new PublishPass(0, LogPosition.START, false));
        assertThat(region.bus.published()).isEmpty();
    }

    @Test
    void a_commit_that_became_visible_late_is_still_published_thanks_to_the_look_back() {
        PublishFromFeed publishing = region.publisher();
        RecordedEvent late = region.writeSlowly(Duration.ofSeconds(30), "d-late");
        RecordedEvent onTime = region.startDeployment("d-on-time");
        region.letFeedCatchUp();

        PublishPass first = publishing.publishOnce();
        region.clock.advance(Duration.ofSeconds(30));
        PublishPass second = publishing.publishOnce();

        assertThat(region.bus.published()).containsExactly(onTime, late);
        assertThat(position(late)).isLessThan(first.checkpoint());
        assertThat(second.checkpoint()).isGreaterThanOrEqualTo(first.checkpoint());
        assertThat(region.recordedCheckpoints()).isSortedAccordingTo(LogPosition::compareTo).doesNotHaveDuplicates();
    }

    @Test
    void a_late_commit_is_found_from_the_recorded_checkpoint_after_a_restart() {
        RecordedEvent late = region.writeSlowly(Duration.ofSeconds(30), "d-late");
        RecordedEvent onTime = region.startDeployment("d-on-time");
        region.letFeedCatchUp();
        region.publisher().publishOnce();
        region.clock.advance(Duration.ofSeconds(30));

        PublishPass afterRestart = region.publisher().publishOnce();

        assertThat(afterRestart.caughtUp()).isTrue();
        assertThat(region.bus.distinctPublished()).containsExactly(onTime, late);
        assertThat(region.recordedCheckpoints()).isSortedAccordingTo(LogPosition::compareTo).doesNotHaveDuplicates();
    }

    private LogPosition position(RecordedEvent event) {
        Map<RecordedEvent, Commit> commitOf = region.store.allCommits().stream()
                .collect(Collectors.toMap(commit -> commit.events().getFirst(), Function.identity()));
        return commitOf.get(event).position();
    }
}
