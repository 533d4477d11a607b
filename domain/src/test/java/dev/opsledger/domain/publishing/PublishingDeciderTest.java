package dev.opsledger.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.publishing.Publishing.Advanced;
import dev.opsledger.domain.publishing.PublishingCommand.AdvancePublishCheckpoint;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointAdvanced;
import dev.opsledger.domain.shared.DeciderSpec;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishingDeciderTest {

    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final LogPosition FIRST = new LogPosition(at(1), StreamId.of("deployment", "checkout-prod"), 3);
    private static final LogPosition SECOND = new LogPosition(at(2), StreamId.of("incident", "inc-7"), 1);
    private static final LogPosition LATER = new LogPosition(at(5), StreamId.of("incident", "inc-8"), 1);

    private final DeciderSpec.Given<PublishingCommand, Publishing, PublishingEvent> spec =
            DeciderSpec.using(PublishingDecider.decider());

    @Test
    void the_streams_of_a_region_are_named_after_it_and_the_hour() {
        assertThat(PublishingStream.series(EAST)).isEqualTo(new StreamId("publishing:us-east-1"));
        assertThat(PublishingStream.at(EAST, java.time.Instant.parse("2025-03-01T10:59:59Z")))
                .isEqualTo(new StreamId("publishing:us-east-1:2025-03-01T10"));
    }

    @Test
    void an_hours_stream_that_starts_with_the_carried_checkpoint_folds_to_it() {
        Publishing advanced = new Publishing.Advanced(EAST, LogPosition.START, 7, java.time.Instant.parse("2025-03-01T10:00:00Z"));

        assertThat(PublishingDecider.decider().fold(PublishingDecider.carriedForward(advanced))).isEqualTo(advanced);
        assertThat(PublishingDecider.carriedForward(PublishingDecider.initialState())).isEmpty();
    }

    @Test
    void a_first_checkpoint_is_recorded_from_nothing() {
        Publishing state = spec.given()
                .when(new AdvancePublishCheckpoint(EAST, FIRST, 4, at(3)))
                .then(new PublishCheckpointAdvanced(EAST, FIRST, 4, at(3)));

        assertThat(state).isEqualTo(new Advanced(EAST, FIRST, 4, at(3)));
    }

    @Test
    void a_later_checkpoint_advances_and_adds_up_what_was_published() {
        Publishing state = spec.given(new PublishCheckpointAdvanced(EAST, FIRST, 4, at(3)))
                .when(new AdvancePublishCheckpoint(EAST, SECOND, 6, at(4)))
                .then(new PublishCheckpointAdvanced(EAST, SECOND, 6, at(4)));

        assertThat(state).isEqualTo(new Advanced(EAST, SECOND, 10, at(4)));
    }

    @Test
    void a_checkpoint_with_nothing_published_still_advances() {
        spec.given(new PublishCheckpointAdvanced(EAST, FIRST, 4, at(3)))
                .when(new AdvancePublishCheckpoint(EAST, SECOND, 0, at(4)))
                .then(new PublishCheckpointAdvanced(EAST, SECOND, 0, at(4)));
    }

    @Test
    void the_current_checkpoint_recorded_again_changes_nothing() {
        spec.given(new PublishCheckpointAdvanced(EAST, FIRST, 4, at(3)))
                .when(new AdvancePublishCheckpoint(EAST, FIRST, 2, at(4)))
                .then();
    }

    @Test
    void the_start_of_the_log_recorded_before_any_checkpoint_changes_nothing() {
        spec.given()
                .when(new AdvancePublishCheckpoint(EAST, LogPosition.START, 0, at(1)))
                .then();
    }

    @Test
    void rejects_a_checkpoint_behind_the_current_one() {
        spec.given(new PublishCheckpointAdvanced(EAST, SECOND, 4, at(3)))
                .when(new AdvancePublishCheckpoint(EAST, FIRST, 1, at(4)))
                .thenRejects("publishing:us-east-1: checkpoint may not move backwards: "
                        + "deployment:checkout-prod@3 (committed 2025-03-01T10:01:00Z) < "
                        + "incident:inc-7@1 (committed 2025-03-01T10:02:00Z)");
    }

    @Test
    void rejects_a_command_for_another_region_than_the_streams() {
        spec.given(new PublishCheckpointAdvanced(EAST, FIRST, 4, at(3)))
                .when(new AdvancePublishCheckpoint(WEST, SECOND, 1, at(4)))
                .thenRejects("a command for region us-west-2 cannot be applied to stream publishing:us-east-1");
    }

    @Test
    void rejects_a_negative_count_of_published_events() {
        spec.given()
                .when(new AdvancePublishCheckpoint(EAST, FIRST, -1, at(3)))
                .thenRejects("publishing:us-east-1: published must not be negative, was -1");
    }

    @Test
    void refuses_to_fold_a_checkpoint_that_does_not_advance_or_belongs_to_another_region() {
        Publishing atSecond = PublishingDecider.evolve(
                PublishingDecider.initialState(), new PublishCheckpointAdvanced(EAST, SECOND, 4, at(3)));

        assertThatThrownBy(() -> PublishingDecider.evolve(atSecond, new PublishCheckpointAdvanced(EAST, FIRST, 1, at(4))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt publishing log");
        assertThatThrownBy(() -> PublishingDecider.evolve(atSecond, new PublishCheckpointAdvanced(EAST, SECOND, 1, at(4))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PublishingDecider.evolve(atSecond,
                new PublishCheckpointAdvanced(WEST, LATER, 1, at(4))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
