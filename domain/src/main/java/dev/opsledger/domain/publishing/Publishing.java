package dev.opsledger.domain.publishing;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Objects;

public sealed interface Publishing {

    /** Everything before this position has been published; {@link LogPosition#START} before the first pass. */
    LogPosition checkpoint();

    record NeverPublished() implements Publishing {

        @Override
        public LogPosition checkpoint() {
            return LogPosition.START;
        }
    }

    /** {@code eventsPublished} sums the handovers of every checkpoint, repeats included. */
    record Advanced(Region region, LogPosition checkpoint, long eventsPublished, Instant advancedAt)
            implements Publishing {

        public Advanced {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(advancedAt, "advancedAt");
        }
    }
}
