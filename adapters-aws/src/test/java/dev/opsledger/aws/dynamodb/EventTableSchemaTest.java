package dev.opsledger.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

class EventTableSchemaTest {

    @Test
    void creates_the_table_keyed_by_stream_and_first_version_with_the_feed_index_and_a_new_image_stream() {
        CreateTableRequest request = EventTableSchema.createTableRequest("DevOpsMetrics");

        assertThat(request.tableName()).isEqualTo("DevOpsMetrics");
        assertThat(request.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("pk", "sk");
        GlobalSecondaryIndex feed = request.globalSecondaryIndexes().getFirst();
        assertThat(feed.indexName()).isEqualTo("feed");
        assertThat(feed.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("gpk", "gsk");
        assertThat(feed.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(EventTableSchema.pointInTimeRecoveryRequest("DevOpsMetrics").pointInTimeRecoverySpecification()
                .pointInTimeRecoveryEnabled()).isTrue();
    }

    @Test
    void keys_the_feed_by_the_hour_of_the_commit_and_a_shard_of_its_stream() {
        StreamId stream = StreamId.of("deployment", "checkout-1");
        Instant committedAt = Instant.parse("2025-03-01T10:59:59.999Z");

        assertThat(EventTableSchema.feedPartitionKey(committedAt, stream))
                .isEqualTo("2025-03-01T10#" + EventTableSchema.shardOf(stream));
        assertThat(EventTableSchema.feedSortKey(new LogPosition(committedAt, stream, 7)))
                .isEqualTo("2025-03-01T10:59:59.999000000Z#deployment:checkout-1#0000000000000000007");
    }

    @Test
    void spreads_streams_over_every_shard() {
        List<Integer> shards = IntStream.range(0, 200)
                .mapToObj(i -> EventTableSchema.shardOf(StreamId.of("incident", "INC-" + i))).toList();

        assertThat(shards).containsOnly(0, 1, 2, 3).contains(0, 1, 2, 3);
    }

    @Property
    void feed_sort_keys_of_plain_stream_ids_sort_as_their_positions_do(
            @ForAll("positions") LogPosition first, @ForAll("positions") LogPosition second) {
        int byPosition = Integer.signum(first.compareTo(second));
        int byKey = Integer.signum(EventTableSchema.feedSortKey(first).compareTo(EventTableSchema.feedSortKey(second)));

        assertThat(byKey).isEqualTo(byPosition);
    }

    @Test
    void numbers_an_hour_from_the_epoch_for_the_sort_key_of_its_feed_hour_item() {
        Instant lastMoment = Instant.parse("2025-02-07T10:59:59.999999999Z");

        assertThat(EventTableSchema.feedHour(lastMoment)).isEqualTo(483_034);
        assertThat(EventTableSchema.startOfFeedHour(483_034)).isEqualTo(Instant.parse("2025-02-07T10:00:00Z"));
        assertThat(EventTableSchema.feedHour(Instant.EPOCH.minusNanos(1))).isEqualTo(-1);
    }

    @Property
    void a_feed_hour_starts_at_its_hour_bucket_and_holds_the_instant(@ForAll("instants") Instant instant) {
        long hour = EventTableSchema.feedHour(instant);
        Instant start = EventTableSchema.startOfFeedHour(hour);

        assertThat(EventTableSchema.hourBucket(start)).isEqualTo(EventTableSchema.hourBucket(instant));
        assertThat(start).isBeforeOrEqualTo(instant).isAfter(instant.minusSeconds(3600));
    }

    @Property
    void fixed_width_instants_sort_in_time_order(@ForAll("instants") Instant first, @ForAll("instants") Instant second) {
        List<Instant> sorted = List.of(first, second).stream().sorted().toList();
        List<Instant> sortedByText = List.of(first, second).stream()
                .sorted(Comparator.comparing(EventTableSchema::fixedWidthInstant)).toList();

        assertThat(sortedByText).isEqualTo(sorted);
    }

    @Provide
    Arbitrary<LogPosition> positions() {
        Arbitrary<StreamId> streams = Arbitraries.of("deployment", "incident", "health")
                .flatMap(category -> Arbitraries.strings().alpha().numeric().withChars('-', '.', '>', '+')
                        .ofMinLength(1).ofMaxLength(12).map(key -> StreamId.of(category, key)));
        return Combinators.combine(instants(), streams, Arbitraries.longs().between(1, 1_000_000))
                .as(LogPosition::new);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_102_444_800L)
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
    }
}
