package dev.opsledger.local;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.simulation.RegionTables;
import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Each simulated region's table as a real table on a DynamoDB server (dynalite, say), laid out by
 * {@link EventTableSchema} and written through the real {@link DynamoDbEventStore}, which stamps commits
 * with the run's virtual clock. Every table is new: {@code opsledger-<region>-<run label>-<n>}, with
 * {@code n} one above the highest on the server (and higher still if another run takes it first), so runs
 * never see each other's data, and the tables stay on the server afterwards for whoever wants to look.
 */
final class DynamoDbRunTables implements RegionTables {

    private final DynamoDbClient client;
    private final LocalTableServer server;
    private final String runLabel;
    private final List<String> opened = new ArrayList<>();

    DynamoDbRunTables(DynamoDbClient client, URI server, String runLabel) {
        this.client = client;
        this.server = new LocalTableServer(client, server);
        this.runLabel = runLabel;
    }

    @Override
    public EventStore open(Region region, InstantSource clock) {
        String prefix = "opsledger-" + region.name() + "-" + runLabel + "-";
        for (int run = firstFreeRun(prefix); ; run++) {
            String tableName = prefix + run;
            try {
                server.call(() -> client.createTable(EventTableSchema.createTableRequest(tableName)));
            } catch (ResourceInUseException takenMeanwhile) {
                continue;
            }
            server.awaitActive(tableName);
            opened.add(tableName);
            return new AbortOnServerFailure(new DynamoDbEventStore(client, tableName, clock), server.uri());
        }
    }

    /** The tables opened so far, in order. */
    List<String> opened() {
        return List.copyOf(opened);
    }

    private int firstFreeRun(String prefix) {
        return server.call(() -> client.listTablesPaginator().tableNames().stream()
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()))
                .filter(run -> run.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0) + 1);
    }
}
