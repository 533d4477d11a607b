package dev.opsledger.aws.dynamodb;

import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which hours of the feed index may hold commits (see {@link EventTableSchema}): a writer lists a
 * commit's hour before putting the commit, so once a commit can be seen on the feed its hour is listed
 * and a reader that lists the hours first, strongly consistent, misses none. An hour whose commit's put
 * failed stays listed and empty, which costs a reader its shard queries and nothing else.
 */
final class FeedHours {

    /** Past this many a long-lived store forgets them all: one more put per hour is all it costs. */
    private static final int REMEMBERED_HOURS = 10_000;

    private final EventTable table;
    private final Set<Long> listed = ConcurrentHashMap.newKeySet();

    FeedHours(EventTable table) {
        this.table = table;
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
        return new ListedHours(table, from, until);
    }
}
