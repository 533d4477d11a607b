package dev.opsledger.application.port;

import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;

/**
 * Some ids of the batch are already in the stream, but the batch is not an exact retry of one earlier commit
 * (other ids beside them, another grouping or another order): nothing was written. For a writer that derives
 * its ids from a version or a check, it means another writer got there first; for a replicator, that the
 * target holds these events at other versions than the source.
 */
public final class EventIdsReused extends RuntimeException {

    private final StreamId stream;
    private final List<EventId> reused;

    public EventIdsReused(StreamId stream, List<EventId> reused, List<EventId> batch) {
        super("events " + reused + " are already in stream " + stream + ", but the batch " + batch
                + " is not an exact retry of one earlier commit");
        this.stream = stream;
        this.reused = List.copyOf(reused);
    }

    public StreamId stream() {
        return stream;
    }

    public List<EventId> reused() {
        return reused;
    }
}
