package dev.opsledger.application.replication;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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

    /**
     * The streams whose histories up to the given version differ between {@code a} and {@code b}: a check
     * after a replication pass, which must not count what the source took after the pass read it.
     */
    public static SortedSet<StreamId> compareUpTo(EventStore a, EventStore b, Map<StreamId, Long> lastVersions) {
        SortedSet<StreamId> divergent = new TreeSet<>();
        lastVersions.forEach((stream, lastVersion) -> {
            if (!StreamDigest.of(upTo(a.readStream(stream), lastVersion))
                    .equals(StreamDigest.of(upTo(b.readStream(stream), lastVersion)))) {
                divergent.add(stream);
            }
        });
        return Collections.unmodifiableSortedSet(divergent);
    }

    private static List<RecordedEvent> upTo(List<RecordedEvent> history, long lastVersion) {
        return history.stream().filter(event -> event.version() <= lastVersion).toList();
    }
}
