package dev.opsledger.application.failover;

import dev.opsledger.application.feed.FeedSubscription;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every commit of a region's replicated streams, grouped by stream in version order, read from the feed.
 * The port offers no list of streams, and the feed is also the only place that keeps commit boundaries,
 * which discarding and re-applying need. A whole-log read is acceptable for failback, which is rare.
 */
final class LogInventory {

    private LogInventory() {
    }

    static SortedMap<StreamId, List<Commit>> commitsByStream(EventStore store, Predicate<StreamId> replicated, int pageSize) {
        SortedMap<StreamId, List<Commit>> byStream = new TreeMap<>();
        for (Commit commit : new FeedSubscription(store, Duration.ZERO, pageSize).poll(LogPosition.START)) {
            if (replicated.test(commit.stream())) {
                byStream.computeIfAbsent(commit.stream(), stream -> new ArrayList<>()).add(commit);
            }
        }
        byStream.values().forEach(commits -> commits.sort(Comparator.comparingLong(Commit::firstVersion)));
        return byStream;
    }
}
