package dev.opsledger.local;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The DynamoDB server the local runner keeps its tables on: its calls, where any failure but the two a caller
 * expects (a table already there, or not there) ends the command in one line naming the server.
 */
final class LocalTableServer {

    private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private final DynamoDbClient client;
    private final URI server;

    LocalTableServer(DynamoDbClient client, URI server) {
        this.client = client;
        this.server = server;
    }

    URI uri() {
        return server;
    }

    /** dynalite makes a new table ACTIVE after {@code --createTableMs} (500 ms unless told otherwise). */
    void awaitActive(String tableName) {
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

    <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceInUseException | ResourceNotFoundException expected) {
            throw expected;
        } catch (SdkException failure) {
            throw new LocalServerFailed(ServerFailure.describe(server, failure), failure);
        }
    }
}
