package dev.opsledger.aws.dynamodb;

import dev.opsledger.domain.shared.LogPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One shard of an hour of the feed index, read on in chunks from a position. Its items come in sort-key
 * order: by commit time, and within one instant not always by position (see {@link FeedReader}). So
 * once an item of a later instant has been read, every item of the shard up to the instant before is in
 * hand, whatever the order within it.
 */
final class FeedShard {

    /** A feed item with its position, read from its keys: the events stay undecoded until kept. */
    record Item(LogPosition position, Map<String, AttributeValue> item) {
    }

    private final EventTable table;
    private final String partition;
    private final String fromSortKey;
    private final LogPosition after;
    private Map<String, AttributeValue> startKey;
    private boolean exhausted;
    private Instant lastReadAt = Instant.MIN;

    /** {@code fromSortKey} (null for the whole hour) narrows the query; items at or before {@code after} are dropped. */
    FeedShard(EventTable table, String partition, String fromSortKey, LogPosition after) {
        this.table = table;
        this.partition = partition;
        this.fromSortKey = fromSortKey;
        this.after = after;
    }

    /** The next at most {@code limit} items of the shard that are after the position. */
    List<Item> readOn(int limit) {
        QueryResponse response = table.queryFeed(partition, fromSortKey, limit, startKey);
        List<Item> found = new ArrayList<>(response.items().size());
        for (Map<String, AttributeValue> item : response.items()) {
            LogPosition position = CommitItems.positionOf(item);
            lastReadAt = position.committedAt();
            if (position.compareTo(after) > 0) {
                found.add(new Item(position, item));
            }
        }
        startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        exhausted = startKey == null;
        return found;
    }

    /**
     * Whether an item not read yet could come at or before the instant {@code cut} (any instant, when
     * empty): only if the shard goes on and nothing read so far is later than the cut.
     */
    boolean mayHoldMoreUpTo(Optional<Instant> cut) {
        return !exhausted && cut.map(instant -> !lastReadAt.isAfter(instant)).orElse(true);
    }
}
