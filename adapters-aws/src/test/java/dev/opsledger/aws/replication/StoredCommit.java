package dev.opsledger.aws.replication;

import static dev.opsledger.aws.dynamodb.EventTableSchema.COMMITTED_AT;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENTS;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENT_ID;
import static dev.opsledger.aws.dynamodb.EventTableSchema.LAST_VERSION;
import static dev.opsledger.aws.dynamodb.EventTableSchema.PARTITION_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.SORT_KEY;

import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A commit item as it lies in the table, read without the adapter: the audit must not trust the code it
 * audits to tell it what is stored.
 */
record StoredCommit(StreamId stream, long firstVersion, long lastVersion, Instant committedAt, List<EventId> ids) {

    /** The commit an item holds; empty for the table's other items (read models, feed hours, alerts). */
    static Optional<StoredCommit> of(Map<String, AttributeValue> item) {
        if (!item.containsKey(EVENTS)) {
            return Optional.empty();
        }
        return Optional.of(new StoredCommit(
                new StreamId(item.get(PARTITION_KEY).s()),
                Long.parseLong(item.get(SORT_KEY).n()),
                Long.parseLong(item.get(LAST_VERSION).n()),
                Instant.parse(item.get(COMMITTED_AT).s()),
                item.get(EVENTS).l().stream().map(event -> new EventId(event.m().get(EVENT_ID).s())).toList()));
    }

    LogPosition position() {
        return new LogPosition(committedAt, stream, firstVersion);
    }

    EventId idAt(long version) {
        return ids.get((int) (version - firstVersion));
    }

    @Override
    public String toString() {
        return stream + "@" + firstVersion + ".." + lastVersion + ids;
    }
}
