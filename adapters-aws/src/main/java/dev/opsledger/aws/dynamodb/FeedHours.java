package dev.opsledger.aws.dynamodb;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Which hours of the feed index may hold commits (see {@link EventTableSchema}): a writer lists a
 * commit's hour before putting the commit, so once a commit can be seen on the feed its hour is listed
 * and a reader that lists the hours first, strongly consistent, misses none. An hour whose commit's put
 * failed stays listed and empty, which costs a reader its shard queries and nothing else.
 *
 * <p>A table with a {@link LegacyFeedOrigin} may also hold commits no hour lists, all at or after the
 * origin: its reader walks every hour from the origin on, as stores did before the list, and reads the
 * listed hours before it.
 */
final class FeedHours {

    /** Past this many a long-lived store forgets them all: one more put per hour is all it costs. */
    private static final int REMEMBERED_HOURS = 10_000;

    private final EventTable table;
    private final LegacyFeedOrigin legacyOrigin;
    private final Set<Long> listed = ConcurrentHashMap.newKeySet();

    FeedHours(EventTable table) {
        this.table = table;
        this.legacyOrigin = new LegacyFeedOrigin(table);
    }

    /**
     * Makes sure the hour of {@code committedAt} is listed before a commit of it is put. Remembered only
     * once written, so a failed put is tried again by the next commit; two threads writing a store's
     * first commit of an hour at once may both write it.
     */
    void list(Instant committedAt) {
        long hour = EventTableSchema.feedHour(committedAt);
        if (listed.contains(hour)) {
            return;
        }
        table.putFeedHour(hour);
        if (listed.size() >= REMEMBERED_HOURS) {
            listed.clear();
        }
        listed.add(hour);
    }

    /**
     * The hours a read after {@code after} visits, in order, fetched as they are needed: those from the
     * hour of {@code after} up to the hour of {@code now}, or to the first, if {@code now} is earlier.
     */
    Iterator<Long> toRead(Instant after, Instant now) {
        long from = EventTableSchema.feedHour(after);
        long until = Math.max(from, EventTableSchema.feedHour(now));
        Optional<Long> origin = legacyOrigin.atOrBefore(from);
        if (origin.isEmpty()) {
            return new ListedHours(table, from, until);
        }
        long walkFrom = Math.max(from, origin.get());
        Stream<Long> walk = LongStream.rangeClosed(walkFrom, Math.max(walkFrom, until)).boxed();
        if (from == walkFrom) {
            return walk.iterator();
        }
        Iterator<Long> listedBefore = new ListedHours(table, from, Math.min(walkFrom - 1, until));
        return Stream.concat(lazily(listedBefore), walk).iterator();
    }

    private static Stream<Long> lazily(Iterator<Long> hours) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(hours, Spliterator.ORDERED), false);
    }
}
