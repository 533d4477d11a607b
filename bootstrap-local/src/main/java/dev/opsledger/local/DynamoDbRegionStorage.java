package dev.opsledger.local;

import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.aws.readmodel.DynamoDbHealthSummary;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.local.regions.RegionStorage;
import dev.opsledger.local.regions.RegionTable;
import java.net.URI;
import java.time.InstantSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * {@code serve --dynamodb-endpoint URL}: each region's table is {@code opsledger-<region>} on that server,
 * laid out by {@link EventTableSchema}, created when missing and used as found otherwise, so a restarted
 * server carries on with what the last one wrote. The read models live in the same table, as in AWS.
 */
final class DynamoDbRegionStorage implements RegionStorage {

    private final DynamoDbClient client;
    private final LocalTableServer server;

    DynamoDbRegionStorage(DynamoDbClient client, URI server) {
        this.client = client;
        this.server = new LocalTableServer(client, server);
    }

    static String tableName(Region region) {
        return "opsledger-" + region.name();
    }

    @Override
    public RegionTable open(Region region, InstantSource clock) {
        String tableName = tableName(region);
        if (!exists(tableName)) {
            try {
                server.call(() -> client.createTable(EventTableSchema.createTableRequest(tableName)));
            } catch (ResourceInUseException createdMeanwhile) {
                // another server made it first: use it
            }
        }
        server.awaitActive(tableName);
        return new RegionTable(new DynamoDbEventStore(client, tableName, clock),
                new DynamoDbDoraReadModel(client, tableName), new DynamoDbHealthSummary(client, tableName));
    }

    private boolean exists(String tableName) {
        try {
            server.call(() -> client.describeTable(describe -> describe.tableName(tableName)));
            return true;
        } catch (ResourceNotFoundException missing) {
            return false;
        }
    }
}
