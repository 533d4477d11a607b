package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Reads the feed index hour by hour from the requested position up to the current hour, visiting only
 * the hours {@link FeedHours} lists, and merges each hour's shards in position order.
 *
 * <p>A shard is read in its sort-key order, which is time order but, within one instant, not always
 * position order (a stream id may hold characters that sort before {@code #}). So the merge trusts a
 * shard only up to the instant before the last item read from it: a shard is read on while it goes on
 * and nothing read from it is later than the instant of the wanted-th commit found so far (or fewer than
 * wanted were found). The first commits of the merge are then exactly the first commits of the hour,
 * whichever shard they come from.
 *
 * <p>Each shard is first read for its share of the page and half as much again, so with streams spread
 * over the shards a page takes one query per shard and reads about 1.5 items per commit it returns.
 * Items are ordered by their position, which their keys and commit time give, and only those the page
 * keeps have their events decoded.
 */
final class FeedReader {

    /** Reading a shard on (to complete an instant a virtual clock stamped many commits with, say) takes bigger pages. */
    private static final int CONTINUATION_PAGE = 100;

    private final EventTable table;
    private final CommitItems items;
    private final FeedHours hours;
    private final InstantSource clock;

    FeedReader(EventTable table, CommitItems items, FeedHours hours, InstantSource clock) {
        this.table = table;
        this.items = items;
        this.hours = hours;
        this.clock = clock;
    }

    FeedPage read(LogPosition after, int maxCommits) {
        if (maxCommits < 1) {
            throw new IllegalArgumentException("maxCommits must be at least 1, was " + maxCommits);
        }
        List<Commit> page = new ArrayList<>();
        Iterator<Long> toRead = hours.toRead(after.committedAt(), clock.instant());
        while (page.size() < maxCommits && toRead.hasNext()) {
            page.addAll(readHour(EventTableSchema.startOfFeedHour(toRead.next()), after, maxCommits - page.size()));
        }
        return new FeedPage(page, page.isEmpty() ? after : page.getLast().position());
    }

    /**
     * The first {@code wanted} commits of the hour after the position. Each shard is first read for a
     * little more than its share; a shard is read on only while it may still hold a commit at or before
     * the wanted-th found so far (or while fewer than {@code wanted} were found).
     */
    private List<Commit> readHour(Instant hour, LogPosition after, int wanted) {
        String hourBucket = EventTableSchema.hourBucket(hour);
        String fromSortKey = hourBucket.equals(EventTableSchema.hourBucket(after.committedAt()))
                ? EventTableSchema.fixedWidthInstant(after.committedAt())
                : null;
        List<FeedShard> shards = IntStream.range(0, EventTableSchema.FEED_SHARDS)
                .mapToObj(shard -> new FeedShard(table, EventTableSchema.feedPartitionKey(hourBucket, shard), fromSortKey, after))
                .toList();
        int firstRead = (wanted + wanted / 2) / EventTableSchema.FEED_SHARDS + 1;
        List<FeedShard.Item> found = new ArrayList<>();
        List<FeedShard> toRead = shards;
        for (int limit = firstRead; !toRead.isEmpty(); limit = Math.max(firstRead, CONTINUATION_PAGE)) {
            for (FeedShard shard : toRead) {
                found.addAll(shard.readOn(limit));
            }
            found.sort(Comparator.comparing(FeedShard.Item::position));
            Optional<Instant> cut = found.size() < wanted ? Optional.empty() : Optional.of(found.get(wanted - 1).position().committedAt());
            toRead = shards.stream().filter(shard -> shard.mayHoldMoreUpTo(cut)).toList();
        }
        return found.subList(0, Math.min(wanted, found.size())).stream().map(kept -> items.toCommit(kept.item())).toList();
    }
}
