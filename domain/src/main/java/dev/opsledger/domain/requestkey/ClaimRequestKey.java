package dev.opsledger.domain.requestkey;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/** Spend {@code key} on {@code stream}: asked before a request's first events are appended there. */
public record ClaimRequestKey(RequestKey key, StreamId stream) {

    public ClaimRequestKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stream, "stream");
    }
}
