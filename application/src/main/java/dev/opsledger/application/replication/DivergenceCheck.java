package dev.opsledger.application.replication;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.shared.StreamId;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares two regions' logs stream by stream through {@link StreamDigest}s. Failback uses it to prove the
 * regions agree before switching back, and the simulator for its final audit. Replication does not: it
 * finds divergence commit by commit, as {@link CommitApplier} applies each one.
 */
public final class DivergenceCheck {

    private DivergenceCheck() {
    }

    /** The streams, among {@code streams}, whose histories differ between {@code a} and {@code b}, in order. */
    public static SortedSet<StreamId> compare(EventStore a, EventStore b, Collection<StreamId> streams) {
        SortedSet<StreamId> divergent = new TreeSet<>();
        for (StreamId stream : streams) {
            if (!StreamDigest.of(a.readStream(stream)).equals(StreamDigest.of(b.readStream(stream)))) {
                divergent.add(stream);
            }
        }
        return Collections.unmodifiableSortedSet(divergent);
    }
}
