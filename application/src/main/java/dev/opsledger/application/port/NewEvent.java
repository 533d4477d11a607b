package dev.opsledger.application.port;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import java.util.Objects;

/** An event about to be appended, with the id that makes its append idempotent. */
public record NewEvent(EventId id, DomainEvent event) {

    public NewEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
    }
}
