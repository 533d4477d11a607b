package dev.opsledger.domain.publishing;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;

public sealed interface PublishingEvent extends DomainEvent {

    Region region();

    /**
     * The state a region's publishing stream starts from: the first event of an hour's stream, carried from the
     * stream before it, so that a reader needs no earlier hour.
     */
    record PublishCheckpointCarriedForward(Region region, LogPosition checkpoint, long eventsPublished, Instant advancedAt)
            implements PublishingEvent {
    }

    record PublishCheckpointAdvanced(Region region, LogPosition checkpoint, int published, Instant at)
            implements PublishingEvent {
    }
}
