package dev.opsledger.aws.probe;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Probes a region's table: {@code DescribeTable} must say ACTIVE, then the heartbeat item
 * ({@code pk="meta:heartbeat"}, {@code sk=0}, as {@link EventTableSchema} lays it out) is written with the
 * probe's time and read back with a strongly consistent {@code GetItem}, which proves the table takes writes
 * and serves what it took.
 *
 * <p>The heartbeat item has no feed attributes and no events, so it stays out of the feed index and
 * consumers of the table's change stream skip it.
 */
public final class DynamoDbTableProbe implements HealthProbe {

    private static final Map<String, AttributeValue> HEARTBEAT_KEY = Map.of(
            EventTableSchema.PARTITION_KEY, AttributeValue.fromS(EventTableSchema.HEARTBEAT_KEY),
            EventTableSchema.SORT_KEY, AttributeValue.fromN("0"));

    private final Function<Region, DynamoDbClient> clients;
    private final String tableName;
    private final TimedSdkProbe timed;

    public DynamoDbTableProbe(Function<Region, DynamoDbClient> clients, String tableName, Duration timeout,
            InstantSource clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.timed = new TimedSdkProbe(Component.TABLE, timeout, clock);
    }

    @Override
    public Component component() {
        return Component.TABLE;
    }

    @Override
    public CheckResult probe(Region region) {
        return timed.run(region, (checkedAt, budget) -> failure(clients.apply(region), checkedAt, budget));
    }

    private Optional<String> failure(DynamoDbClient client, Instant checkedAt, CallBudget budget) {
        TableStatus status = client.describeTable(request -> request
                .tableName(tableName).overrideConfiguration(budget::limit)).table().tableStatus();
        if (status != TableStatus.ACTIVE) {
            return Optional.of("table " + tableName + " is " + status);
        }
        String beat = checkedAt.toString();
        Map<String, AttributeValue> heartbeat = new HashMap<>(HEARTBEAT_KEY);
        heartbeat.put(EventTableSchema.HEARTBEAT_BEAT, AttributeValue.fromS(beat));
        client.putItem(request -> request.tableName(tableName).item(heartbeat).overrideConfiguration(budget::limit));
        Map<String, AttributeValue> readBack = client.getItem(request -> request
                .tableName(tableName).key(HEARTBEAT_KEY).consistentRead(true).overrideConfiguration(budget::limit)).item();
        AttributeValue readBeat = readBack == null ? null : readBack.get(EventTableSchema.HEARTBEAT_BEAT);
        if (readBeat == null || !beat.equals(readBeat.s())) {
            return Optional.of("heartbeat " + beat + " read back as "
                    + (readBeat == null ? "nothing" : readBeat.s()) + " from table " + tableName);
        }
        return Optional.empty();
    }
}
