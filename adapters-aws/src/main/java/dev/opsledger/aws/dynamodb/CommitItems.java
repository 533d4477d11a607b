package dev.opsledger.aws.dynamodb;

import static dev.opsledger.aws.dynamodb.EventTableSchema.COMMITTED_AT;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENTS;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENT_ID;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENT_IDS;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENT_PAYLOAD;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENT_TYPE;
import static dev.opsledger.aws.dynamodb.EventTableSchema.FEED_PARTITION_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.FEED_SORT_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.LAST_VERSION;
import static dev.opsledger.aws.dynamodb.EventTableSchema.PARTITION_KEY;
import static dev.opsledger.aws.dynamodb.EventTableSchema.SORT_KEY;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.json.EncodedEvent;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A commit as the item {@link EventTableSchema} describes (refused when too large for one item), and back. */
final class CommitItems {

    private final EventCodec codec;

    CommitItems(EventCodec codec) {
        this.codec = codec;
    }

    static boolean isCommit(Map<String, AttributeValue> item) {
        return item.containsKey(EVENTS) && item.containsKey(PARTITION_KEY) && item.containsKey(SORT_KEY);
    }

    /** Where a commit item stands in the feed, from its keys and commit time, without decoding its events. */
    static LogPosition positionOf(Map<String, AttributeValue> item) {
        return new LogPosition(Instant.parse(item.get(COMMITTED_AT).s()), new StreamId(item.get(PARTITION_KEY).s()),
                Long.parseLong(item.get(SORT_KEY).n()));
    }

    Map<String, AttributeValue> toItem(Commit commit) {
        List<AttributeValue> events = new ArrayList<>(commit.events().size());
        for (RecordedEvent event : commit.events()) {
            EncodedEvent encoded = codec.encode(event.event());
            events.add(AttributeValue.fromM(Map.of(
                    EVENT_ID, AttributeValue.fromS(event.id().value()),
                    EVENT_TYPE, AttributeValue.fromS(encoded.type()),
                    EVENT_PAYLOAD, AttributeValue.fromS(encoded.json()))));
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(PARTITION_KEY, AttributeValue.fromS(commit.stream().value()));
        item.put(SORT_KEY, number(commit.firstVersion()));
        item.put(LAST_VERSION, number(commit.lastVersion()));
        item.put(COMMITTED_AT, AttributeValue.fromS(EventTableSchema.fixedWidthInstant(commit.committedAt())));
        item.put(EVENTS, AttributeValue.fromL(events));
        item.put(EVENT_IDS, AttributeValue.fromSs(commit.events().stream().map(event -> event.id().value()).toList()));
        item.put(FEED_PARTITION_KEY, AttributeValue.fromS(EventTableSchema.feedPartitionKey(commit.committedAt(), commit.stream())));
        item.put(FEED_SORT_KEY, AttributeValue.fromS(EventTableSchema.feedSortKey(commit.position())));
        refuseOversized(commit, item);
        return item;
    }

    Commit toCommit(Map<String, AttributeValue> item) {
        StreamId stream = new StreamId(item.get(PARTITION_KEY).s());
        long firstVersion = Long.parseLong(item.get(SORT_KEY).n());
        List<AttributeValue> stored = item.get(EVENTS).l();
        List<RecordedEvent> events = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            Map<String, AttributeValue> event = stored.get(i).m();
            events.add(new RecordedEvent(stream, firstVersion + i, new EventId(event.get(EVENT_ID).s()),
                    codec.decode(event.get(EVENT_TYPE).s(), event.get(EVENT_PAYLOAD).s())));
        }
        return new Commit(stream, firstVersion, Instant.parse(item.get(COMMITTED_AT).s()), events);
    }

    private static void refuseOversized(Commit commit, Map<String, AttributeValue> item) {
        long size = ItemSize.of(item);
        if (size > EventTableSchema.MAX_COMMIT_BYTES) {
            throw new CommitTooLarge(commit.stream(), commit.events().size(), size, EventTableSchema.MAX_COMMIT_BYTES);
        }
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
