package dev.opsledger.application.recording;

import dev.opsledger.domain.shared.StreamId;

/** A command id already recorded in the stream for a different command: the retry is not a retry. */
public final class IdempotencyKeyReused extends RuntimeException {

    private final String commandId;
    private final StreamId stream;

    public IdempotencyKeyReused(String commandId, StreamId stream) {
        super("command id '" + commandId + "' was already used on " + stream + " for a different command");
        this.commandId = commandId;
        this.stream = stream;
    }

    public String commandId() {
        return commandId;
    }

    public StreamId stream() {
        return stream;
    }
}
