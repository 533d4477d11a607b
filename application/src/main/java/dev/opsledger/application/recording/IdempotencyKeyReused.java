package dev.opsledger.application.recording;

import dev.opsledger.domain.shared.StreamId;

/**
 * A command id (the client's idempotency key) already spent on a different command: the retry is not a
 * retry. {@code stream} is where the key was spent, {@code requestedStream} where this command would have
 * recorded; they differ when the key is reused for another deployment or incident.
 */
public final class IdempotencyKeyReused extends RuntimeException {

    private final String commandId;
    private final StreamId stream;
    private final StreamId requestedStream;

    /** The key is in {@code stream} for other events than this command's. */
    public IdempotencyKeyReused(String commandId, StreamId stream) {
        super("command id '" + commandId + "' was already used on " + stream + " for a different command");
        this.commandId = commandId;
        this.stream = stream;
        this.requestedStream = stream;
    }

    /** The key was spent on {@code stream}, and this command would record on {@code requestedStream}. */
    public IdempotencyKeyReused(String commandId, StreamId stream, StreamId requestedStream) {
        super("command id '" + commandId + "' was already used on " + stream
                + ", so it cannot record a command on " + requestedStream);
        this.commandId = commandId;
        this.stream = stream;
        this.requestedStream = requestedStream;
    }

    public String commandId() {
        return commandId;
    }

    /** Where the key was spent. */
    public StreamId stream() {
        return stream;
    }

    /** Where the refused command would have recorded. */
    public StreamId requestedStream() {
        return requestedStream;
    }
}
