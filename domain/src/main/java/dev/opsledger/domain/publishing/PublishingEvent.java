package dev.opsledger.domain.publishing;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;

public sealed interface PublishingEvent extends DomainEvent {

    Region region();

    record PublishCheckpointAdvanced(Region region, LogPosition checkpoint, int published, Instant at)
            implements PublishingEvent {
    }
}
