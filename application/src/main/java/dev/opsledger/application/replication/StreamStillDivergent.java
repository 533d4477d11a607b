package dev.opsledger.application.replication;

import dev.opsledger.domain.replication.ReplicationRoute;
import dev.opsledger.domain.shared.StreamId;

/** A divergence cannot be cleared yet: the target still holds events of the stream that the source does not have. */
public final class StreamStillDivergent extends RuntimeException {

    private final StreamId stream;

    public StreamStillDivergent(ReplicationRoute route, StreamId stream) {
        super(stream + " still holds events in " + route.target() + " that " + route.source() + " does not have at the"
                + " same versions: repair it first (failback re-applies or quarantines a former primary's commits),"
                + " then clear the divergence");
        this.stream = stream;
    }

    public StreamId stream() {
        return stream;
    }
}
