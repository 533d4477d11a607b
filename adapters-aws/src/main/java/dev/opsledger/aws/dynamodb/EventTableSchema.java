package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;

/**
 * The layout of a region's table, the one place that states it (the CDK stack builds the same table).
 *
 * <p><b>Commits.</b> One item per commit: {@code pk} (S) is the stream id, {@code sk} (N) the commit's
 * first version. It also holds {@code lastVersion} (N), {@code committedAt} (S, fixed-width ISO-8601 UTC),
 * {@code events} (L of M: {@code id}, {@code type}, {@code payload} as a JSON string), {@code ids} (SS,
 * the event ids again, so an append can check a stream's ids without reading payloads), and the feed
 * keys {@code gpk} = {@code <yyyy-MM-ddTHH>#<shard>} of the commit time, with shard = CRC-32 of the
 * stream id mod {@value #FEED_SHARDS}, and {@code gsk} = {@code <fixed-width instant>#<stream>#<version,
 * 19 digits>}.
 *
 * <p><b>Discard markers.</b> Failback's discard does not delete a commit: it overwrites it with a marker,
 * {@code pk}, {@code sk} and {@code discarded} (S, the discard's time) only, and puts one more at the first
 * version after the stream's former head. Stream reads skip markers and an append that has just read the
 * stream may put a commit over one, but a commit key, once used, is never free again: a store that follows
 * a stream's head without reading it ({@link DynamoDbEventStore}) relies on that.
 *
 * <p><b>The feed index.</b> The GSI {@value #FEED_INDEX} on ({@code gpk}, {@code gsk}) spreads an hour's
 * writes over {@value #FEED_SHARDS} partitions, so a burst never makes one hot partition, and holds no
 * global counter. It projects ALL attributes: every feed reader (projections, publisher, replication)
 * needs the events themselves, and with KEYS_ONLY each commit read from the feed would cost a second,
 * strongly consistent read of the base item (one more round trip, and at least the same read units
 * again) for every reader, while ALL costs the index's storage and one index write per commit, once.
 *
 * <p><b>Other items in the same table</b> have a {@code pk} in a category no aggregate uses:
 * {@code alert:<key>} (alert deduplication), {@code rm:...} (read models), {@code meta:...}
 * (table-level items: the feed hours below, the heartbeat, the region's write lease), and {@code sk} 0 unless they need
 * more. They never carry {@code gpk}, so the feed index is sparse and never sees them, and they have no
 * {@code events}, so change-stream consumers skip them.
 *
 * <p><b>The heartbeat</b> ({@value #HEARTBEAT_KEY}, sk 0, attribute {@value #HEARTBEAT_BEAT}) is what the
 * table probe writes and reads back to prove the table takes writes and serves them.
 *
 * <p><b>The feed hours</b> ({@value #FEED_HOURS_KEY}, sk = the hour's number since the epoch, see
 * {@link #feedHour}, no other attribute) list the hour buckets that may hold a commit, so that a feed read
 * queries the shards of those hours only, not of every empty hour in between. A store writes an hour's
 * item (an idempotent put) before its first commit of that hour, once per store instance and hour; a
 * reader lists them with one strongly consistent query.
 *
 * <p>The table streams NEW_IMAGE records (replication), keeps point-in-time recovery on, and is billed on
 * demand.
 */
public final class EventTableSchema {

    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String LAST_VERSION = "lastVersion";
    public static final String COMMITTED_AT = "committedAt";
    public static final String EVENTS = "events";
    public static final String EVENT_ID = "id";
    public static final String EVENT_TYPE = "type";
    public static final String EVENT_PAYLOAD = "payload";
    public static final String EVENT_IDS = "ids";
    public static final String DISCARDED = "discarded";

    public static final String FEED_INDEX = "feed";
    public static final String FEED_PARTITION_KEY = "gpk";
    public static final String FEED_SORT_KEY = "gsk";
    public static final int FEED_SHARDS = 4;
    public static final ProjectionType FEED_PROJECTION = ProjectionType.ALL;

    public static final String FEED_HOURS_KEY = "meta:feed-hours";

    public static final String HEARTBEAT_KEY = "meta:heartbeat";
    /** The region's write lease: one item, sk 0, which the health check renews and the API reads before a write. */
    public static final String WRITE_LEASE_KEY = "meta:write-lease";
    public static final String HEARTBEAT_BEAT = "beat";

    public static final StreamViewType STREAM_VIEW = StreamViewType.NEW_IMAGE;
    public static final BillingMode BILLING_MODE = BillingMode.PAY_PER_REQUEST;
    public static final boolean POINT_IN_TIME_RECOVERY = true;

    /** Below DynamoDB's 400 KB per item, with room for the attribute names and the size estimate's error. */
    public static final int MAX_COMMIT_BYTES = CommitTooLarge.MAX_COMMIT_BYTES;

    private static final long HOUR_SECONDS = 3600;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FIXED_WIDTH_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EventTableSchema() {
    }

    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(
                        attribute(PARTITION_KEY, ScalarAttributeType.S),
                        attribute(SORT_KEY, ScalarAttributeType.N),
                        attribute(FEED_PARTITION_KEY, ScalarAttributeType.S),
                        attribute(FEED_SORT_KEY, ScalarAttributeType.S))
                .keySchema(key(PARTITION_KEY, KeyType.HASH), key(SORT_KEY, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(FEED_INDEX)
                        .keySchema(key(FEED_PARTITION_KEY, KeyType.HASH), key(FEED_SORT_KEY, KeyType.RANGE))
                        .projection(projection -> projection.projectionType(FEED_PROJECTION))
                        .build())
                .billingMode(BILLING_MODE)
                .streamSpecification(stream -> stream.streamEnabled(true).streamViewType(STREAM_VIEW))
                .build();
    }

    /** Point-in-time recovery is not part of CreateTable: this is the call that turns it on. */
    public static UpdateContinuousBackupsRequest pointInTimeRecoveryRequest(String tableName) {
        return UpdateContinuousBackupsRequest.builder()
                .tableName(tableName)
                .pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(POINT_IN_TIME_RECOVERY))
                .build();
    }

    /** {@code yyyy-MM-ddTHH} in UTC; these sort in time order as strings. */
    public static String hourBucket(Instant instant) {
        return HOUR.format(instant);
    }

    /** The number of the hour {@code instant} is in, counted from the epoch: the sort key of its feed-hour item. */
    public static long feedHour(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), HOUR_SECONDS);
    }

    public static Instant startOfFeedHour(long feedHour) {
        return Instant.ofEpochSecond(feedHour * HOUR_SECONDS);
    }

    public static int shardOf(StreamId stream) {
        CRC32 crc = new CRC32();
        crc.update(stream.value().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FEED_SHARDS);
    }

    public static String feedPartitionKey(Instant committedAt, StreamId stream) {
        return feedPartitionKey(hourBucket(committedAt), shardOf(stream));
    }

    public static String feedPartitionKey(String hourBucket, int shard) {
        return hourBucket + "#" + shard;
    }

    public static String feedSortKey(LogPosition position) {
        return fixedWidthInstant(position.committedAt()) + "#" + position.stream().value() + "#"
                + String.format("%019d", position.version());
    }

    /** Nanosecond precision, always the same length, so that these sort in time order as strings. */
    public static String fixedWidthInstant(Instant instant) {
        return FIXED_WIDTH_INSTANT.format(instant);
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
