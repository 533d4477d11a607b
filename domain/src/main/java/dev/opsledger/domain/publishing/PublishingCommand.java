package dev.opsledger.domain.publishing;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;

public sealed interface PublishingCommand {

    Region region();

    /**
     * Every publishable event up to {@code checkpoint} is on the bus; {@code published} counts the events
     * handed over since the previous checkpoint (repeats included, delivery being at least once).
     */
    record AdvancePublishCheckpoint(Region region, LogPosition checkpoint, int published, Instant at)
            implements PublishingCommand {

        public AdvancePublishCheckpoint {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(at, "at");
        }
    }
}
