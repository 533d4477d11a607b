package dev.opsledger.local;

import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.aws.readmodel.DynamoDbHealthSummary;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.local.regions.RegionStorage;
import dev.opsledger.local.regions.RegionTable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * {@code serve --dynamodb-endpoint URL}: each region's table is {@code opsledger-<region>} on that server,
 * laid out by {@link EventTableSchema}, created when missing and used as found otherwise, so a restarted
 * server carries on with what the last one wrote. The read models live in the same table, as in AWS.
 */
final class DynamoDbRegionStorage implements RegionStorage {

    private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private final DynamoDbClient client;
    private final URI server;

    DynamoDbRegionStorage(DynamoDbClient client, URI server) {
        this.client = client;
        this.server = server;
    }

    static String tableName(Region region) {
        return "opsledger-" + region.name();
    }

    @Override
    public RegionTable open(Region region, InstantSource clock) {
        String tableName = tableName(region);
        if (!exists(tableName)) {
            try {
                call(() -> client.createTable(EventTableSchema.createTableRequest(tableName)));
            } catch (ResourceInUseException createdMeanwhile) {
                // another server made it first: use it
            }
        }
        awaitActive(tableName);
        return new RegionTable(new DynamoDbEventStore(client, tableName, clock),
                new DynamoDbDoraReadModel(client, tableName), new DynamoDbHealthSummary(client, tableName));
    }

    private boolean exists(String tableName) {
        try {
            call(() -> client.describeTable(describe -> describe.tableName(tableName)));
            return true;
        } catch (ResourceNotFoundException missing) {
            return false;
        }
    }

    private void awaitActive(String tableName) {
        Instant giveUp = Instant.now().plus(ACTIVE_WITHIN);
        while (call(() -> client.describeTable(describe -> describe.tableName(tableName)).table().tableStatus())
                != TableStatus.ACTIVE) {
            if (Instant.now().isAfter(giveUp)) {
                throw new LocalServerFailed("the table " + tableName + " on " + server + " was not ACTIVE within "
                        + ACTIVE_WITHIN.toSeconds() + " s", null);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new LocalServerFailed("interrupted while waiting for the table " + tableName, interrupted);
            }
        }
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceInUseException | ResourceNotFoundException expected) {
            throw expected;
        } catch (SdkException failure) {
            throw new LocalServerFailed("no DynamoDB answered at " + server + " (" + failure.getMessage() + ")",
                    failure);
        }
    }
}
