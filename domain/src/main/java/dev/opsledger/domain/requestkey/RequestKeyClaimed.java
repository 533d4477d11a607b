package dev.opsledger.domain.requestkey;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/** {@code key} was spent on {@code stream}; the only event of the key's stream. */
public record RequestKeyClaimed(RequestKey key, StreamId stream) implements DomainEvent {

    public RequestKeyClaimed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stream, "stream");
    }
}
