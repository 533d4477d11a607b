package dev.opsledger.application.port;

import dev.opsledger.domain.shared.StreamId;

/** The stream moved since the writer read it: nothing was written; re-read, decide again, retry. */
public final class ConcurrencyConflict extends RuntimeException {

    private final StreamId stream;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyConflict(StreamId stream, long expectedVersion, long actualVersion) {
        super("stream " + stream + " is at version " + actualVersion + ", the append expected " + expectedVersion);
        this.stream = stream;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public StreamId stream() {
        return stream;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
