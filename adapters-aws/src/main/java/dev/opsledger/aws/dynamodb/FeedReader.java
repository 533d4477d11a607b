package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.domain.shared.LogPosition;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads the feed index hour by hour from the requested position up to the current hour, merging the
 * hour's shards in position order.
 *
 * <p>A shard is read in its sort-key order, which is time order but, within one instant, not always
 * position order (a stream id may hold characters that sort before {@code #}). So a shard read is only
 * cut after an instant is complete: once it holds more than the commits wanted and the last one is later
 * than the wanted-th, every commit of the shard up to that instant is in hand. The first commits of the
 * merge are then exactly the first commits of the hour, whichever shard they come from.
 *
 * <p>Items are ordered by their position, which their keys and commit time give, and only those the page
 * keeps have their events decoded: a page reads about {@value EventTableSchema#FEED_SHARDS} times as many
 * items as it returns, but decodes no more than it returns.
 */
final class FeedReader {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Reading on to complete an instant (a virtual clock stamps many commits alike) takes bigger pages. */
    private static final int CONTINUATION_PAGE = 100;

    /** A feed item with its position, read from its keys: only the items a page keeps are decoded. */
    private record FeedItem(LogPosition position, Map<String, AttributeValue> item) {
    }

    private final EventTable table;
    private final CommitItems items;
    private final FeedOrigin origin;
    private final InstantSource clock;

    FeedReader(EventTable table, CommitItems items, FeedOrigin origin, InstantSource clock) {
        this.table = table;
        this.items = items;
        this.origin = origin;
        this.clock = clock;
    }

    FeedPage read(LogPosition after, int maxCommits) {
        if (maxCommits < 1) {
            throw new IllegalArgumentException("maxCommits must be at least 1, was " + maxCommits);
        }
        Optional<Instant> firstHour = origin.firstHourToRead(after.committedAt());
        List<Commit> page = new ArrayList<>();
        if (firstHour.isPresent()) {
            Instant currentHour = clock.instant().truncatedTo(ChronoUnit.HOURS);
            for (Instant hour = firstHour.get(); page.size() < maxCommits
                    && (hour.equals(firstHour.get()) || !hour.isAfter(currentHour)); hour = hour.plus(HOUR)) {
                page.addAll(readHour(hour, after, maxCommits - page.size()));
            }
        }
        return new FeedPage(page, page.isEmpty() ? after : page.getLast().position());
    }

    private List<Commit> readHour(Instant hour, LogPosition after, int wanted) {
        String hourBucket = EventTableSchema.hourBucket(hour);
        String fromSortKey = hourBucket.equals(EventTableSchema.hourBucket(after.committedAt()))
                ? EventTableSchema.fixedWidthInstant(after.committedAt())
                : null;
        List<FeedItem> found = new ArrayList<>();
        for (int shard = 0; shard < EventTableSchema.FEED_SHARDS; shard++) {
            found.addAll(readShard(EventTableSchema.feedPartitionKey(hourBucket, shard), fromSortKey, after, wanted));
        }
        found.sort(Comparator.comparing(FeedItem::position));
        return found.subList(0, Math.min(wanted, found.size())).stream().map(kept -> items.toCommit(kept.item())).toList();
    }

    private List<FeedItem> readShard(String partition, String fromSortKey, LogPosition after, int wanted) {
        List<FeedItem> found = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            int limit = startKey == null ? wanted + 1 : Math.max(wanted + 1, CONTINUATION_PAGE);
            QueryResponse response = table.queryFeed(partition, fromSortKey, limit, startKey);
            for (Map<String, AttributeValue> item : response.items()) {
                LogPosition position = CommitItems.positionOf(item);
                if (position.compareTo(after) > 0) {
                    found.add(new FeedItem(position, item));
                }
            }
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (startKey != null && !completesAnInstantBeyond(found, wanted));
        return found;
    }

    private static boolean completesAnInstantBeyond(List<FeedItem> found, int wanted) {
        return found.size() > wanted
                && found.getLast().position().committedAt().isAfter(found.get(wanted - 1).position().committedAt());
    }
}
