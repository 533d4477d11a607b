package dev.opsledger.domain.publishing;

import dev.opsledger.domain.publishing.Publishing.Advanced;
import dev.opsledger.domain.publishing.Publishing.NeverPublished;
import dev.opsledger.domain.publishing.PublishingCommand.AdvancePublishCheckpoint;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointAdvanced;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointCarriedForward;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.LogPosition;
import java.util.List;

/**
 * A region's publish checkpoint: it only moves forward, because moving it back would say that events
 * already on the bus are not, and one region's publisher never records into another region's stream.
 * Re-recording the current checkpoint is a retry and changes nothing.
 */
public final class PublishingDecider {

    private PublishingDecider() {
    }

    public static Decider<PublishingCommand, Publishing, PublishingEvent> decider() {
        return new Decider<>(PublishingDecider::decide, PublishingDecider::evolve, initialState());
    }

    public static Publishing initialState() {
        return new NeverPublished();
    }

    public static List<PublishingEvent> decide(PublishingCommand command, Publishing state) {
        if (state instanceof Advanced advanced && !advanced.region().equals(command.region())) {
            throw new CommandRejected("a command for region " + command.region() + " cannot be applied to stream "
                    + PublishingStream.series(advanced.region()));
        }
        return switch (command) {
            case AdvancePublishCheckpoint advance -> advance(advance, state);
        };
    }

    /** What an hour's stream starts with, so that it alone folds to {@code state}: nothing before the first checkpoint. */
    public static List<PublishingEvent> carriedForward(Publishing state) {
        return switch (state) {
            case NeverPublished neverPublished -> List.of();
            case Advanced advanced -> List.of(new PublishCheckpointCarriedForward(
                    advanced.region(), advanced.checkpoint(), advanced.eventsPublished(), advanced.advancedAt()));
        };
    }

    public static Publishing evolve(Publishing state, PublishingEvent event) {
        return switch (event) {
            case PublishCheckpointCarriedForward carried when state instanceof NeverPublished -> new Advanced(
                    carried.region(), carried.checkpoint(), carried.eventsPublished(), carried.advancedAt());
            case PublishCheckpointCarriedForward carried -> throw new IllegalStateException(
                    "corrupt publishing log: " + event + " cannot follow " + state);
            case PublishCheckpointAdvanced advanced -> switch (state) {
                case NeverPublished neverPublished -> new Advanced(
                        advanced.region(), advanced.checkpoint(), advanced.published(), advanced.at());
                case Advanced current when current.region().equals(advanced.region())
                        && advanced.checkpoint().compareTo(current.checkpoint()) > 0 -> new Advanced(
                        current.region(), advanced.checkpoint(), current.eventsPublished() + advanced.published(),
                        advanced.at());
                case Advanced current -> throw new IllegalStateException(
                        "corrupt publishing log: " + event + " cannot follow " + state);
            };
        };
    }

    private static List<PublishingEvent> advance(AdvancePublishCheckpoint command, Publishing state) {
        String stream = PublishingStream.series(command.region()).toString();
        if (command.published() < 0) {
            throw new CommandRejected(stream + ": published must not be negative, was " + command.published());
        }
        int direction = command.checkpoint().compareTo(state.checkpoint());
        if (direction < 0) {
            throw new CommandRejected(stream + ": checkpoint may not move backwards: "
                    + describe(command.checkpoint()) + " < " + describe(state.checkpoint()));
        }
        if (direction == 0) {
            return List.of();
        }
        return List.of(new PublishCheckpointAdvanced(
                command.region(), command.checkpoint(), command.published(), command.at()));
    }

    private static String describe(LogPosition position) {
        return position.stream() + "@" + position.version() + " (committed " + position.committedAt() + ")";
    }
}
