package dev.opsledger.domain.replication;

import dev.opsledger.domain.shared.HourlyStream;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Objects;

/**
 * Replication from one region's log into another's: the identity of a series of replication streams, one
 * per hour ({@code replication:<source>><target>:<hour>}), the route's journal in the target region.
 */
public record ReplicationRoute(Region source, Region target) {

    public static final String STREAM_CATEGORY = "replication";

    public ReplicationRoute {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.equals(target)) {
            throw new IllegalArgumentException("a region cannot replicate into itself: " + source);
        }
    }

    public ReplicationRoute reversed() {
        return new ReplicationRoute(target, source);
    }

    public StreamId series() {
        return StreamId.of(STREAM_CATEGORY, source.name() + ">" + target.name());
    }

    /** The journal stream that holds what the route records at {@code at}. */
    public StreamId streamAt(Instant at) {
        return HourlyStream.of(series(), at).stream();
    }
}
