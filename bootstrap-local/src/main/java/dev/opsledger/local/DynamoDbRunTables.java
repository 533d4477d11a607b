package dev.opsledger.local;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.simulation.RegionTables;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Each simulated region's table as a real table on a DynamoDB server (dynalite, say), laid out by
 * {@link EventTableSchema} and written through the real {@link DynamoDbEventStore}, which stamps commits
 * with the run's virtual clock. Every table is new: {@code opsledger-<region>-<run label>-<n>}, with
 * {@code n} one above the highest on the server (and higher still if another run takes it first), so runs
 * never see each other's data, and the tables stay on the server afterwards for whoever wants to look.
 */
final class DynamoDbRunTables implements RegionTables {

    private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private final DynamoDbClient client;
    private final URI server;
    private final String runLabel;
    private final List<String> opened = new ArrayList<>();

    DynamoDbRunTables(DynamoDbClient client, URI server, String runLabel) {
        this.client = client;
        this.server = server;
        this.runLabel = runLabel;
    }

    @Override
    public EventStore open(Region region, InstantSource clock) {
        String prefix = "opsledger-" + region.name() + "-" + runLabel + "-";
        for (int run = firstFreeRun(prefix); ; run++) {
            String tableName = prefix + run;
            try {
                call(() -> client.createTable(EventTableSchema.createTableRequest(tableName)));
            } catch (ResourceInUseException takenMeanwhile) {
                continue;
            }
            awaitActive(tableName);
            opened.add(tableName);
            return new AbortOnServerFailure(new DynamoDbEventStore(client, tableName, clock), server);
        }
    }

    /** The tables opened so far, in order. */
    List<String> opened() {
        return List.copyOf(opened);
    }

    private int firstFreeRun(String prefix) {
        return call(() -> client.listTablesPaginator().tableNames().stream()
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()))
                .filter(run -> run.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0) + 1);
    }

    /** dynalite makes a new table ACTIVE after {@code --createTableMs} (500 ms unless told otherwise). */
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
        } catch (ResourceInUseException taken) {
            throw taken;
        } catch (SdkException failure) {
            throw new LocalServerFailed(ServerFailure.describe(server, failure), failure);
        }
    }
}
