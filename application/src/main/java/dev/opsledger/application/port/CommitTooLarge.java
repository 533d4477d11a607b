package dev.opsledger.application.port;

import dev.opsledger.domain.shared.StreamId;

/**
 * The batch would make a commit larger than the store keeps in one piece: nothing was written, and the same
 * batch will always be refused. Only fewer or smaller events can be appended.
 */
public final class CommitTooLarge extends RuntimeException {

    /** The largest commit every store keeps, as the store measures it: DynamoDB's item limit less room for keys. */
    public static final int MAX_COMMIT_BYTES = 350 * 1024;

    private final StreamId stream;
    private final long bytes;
    private final long limitBytes;

    public CommitTooLarge(StreamId stream, int events, long bytes, long limitBytes) {
        super("the commit of " + events + " events to stream " + stream + " is " + bytes + " bytes as stored, over the"
                + " limit of " + limitBytes + " bytes: append fewer or smaller events");
        this.stream = stream;
        this.bytes = bytes;
        this.limitBytes = limitBytes;
    }

    public StreamId stream() {
        return stream;
    }

    public long bytes() {
        return bytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
