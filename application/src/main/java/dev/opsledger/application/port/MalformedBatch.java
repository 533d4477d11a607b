package dev.opsledger.application.port;

import dev.opsledger.domain.shared.StreamId;

/**
 * The append's arguments break its rules whatever the stream holds (no event, an id twice in the batch, a
 * negative expected version): a caller's mistake, refused before the store is asked; nothing was written.
 */
public final class MalformedBatch extends RuntimeException {

    private final StreamId stream;

    public MalformedBatch(StreamId stream, String problem) {
        super("an append to " + stream + " is malformed: " + problem);
        this.stream = stream;
    }

    public StreamId stream() {
        return stream;
    }
}
