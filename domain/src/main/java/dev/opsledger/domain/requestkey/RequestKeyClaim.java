package dev.opsledger.domain.requestkey;

import dev.opsledger.domain.shared.StreamId;

/** Whether a request key has been spent yet, and on which stream. */
public sealed interface RequestKeyClaim {

    record Unclaimed() implements RequestKeyClaim {
    }

    record Claimed(RequestKey key, StreamId stream) implements RequestKeyClaim {
    }
}
