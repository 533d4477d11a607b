package dev.opsledger.aws.replication;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.domain.shared.Region;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One region's event table on its dynalite server, reached through {@code client}. */
record DynaliteTable(Region region, DynamoDbClient client, String tableName, InstantSource clock) {

    /**
     * A store as one process opens it: each Lambda container (the API, a replicator, a restarted
     * replicator) builds its own, with its own cached view of the table.
     */
    EventStore newStore() {
        return newStore(clock);
    }

    /** A store opened by a process whose clock is not the region's, one that runs a little fast or slow. */
    EventStore newStore(InstantSource processClock) {
        return new DynamoDbEventStore(client, tableName, processClock);
    }

    /** The same table reached through another client: a proxy in front of the server, say. */
    DynaliteTable through(DynamoDbClient otherClient) {
        return new DynaliteTable(region, otherClient, tableName, clock);
    }

    List<Map<String, AttributeValue>> items() {
        return client.scanPaginator(scan -> scan.tableName(tableName).consistentRead(true)).items().stream().toList();
    }

    List<StoredCommit> storedCommits() {
        return items().stream().map(StoredCommit::of).flatMap(Optional::stream).toList();
    }
}
