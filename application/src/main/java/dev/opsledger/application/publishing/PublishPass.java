package dev.opsledger.application.publishing;

import dev.opsledger.domain.shared.LogPosition;
import java.util.Objects;

/**
 * What one pass did: {@code published} events handed to the bus (repeats included), the checkpoint durably
 * recorded after it, and whether it got through: {@code caughtUp} is false when the bus or the store
 * failed, and the next pass then publishes again from {@code checkpoint}.
 */
public record PublishPass(int published, LogPosition checkpoint, boolean caughtUp) {

    public PublishPass {
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (published < 0) {
            throw new IllegalArgumentException("published must not be negative, was " + published);
        }
    }
}
