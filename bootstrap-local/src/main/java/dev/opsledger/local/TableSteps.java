package dev.opsledger.local;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.readmodel.ReadModelItems;
import dev.opsledger.aws.readmodel.RebuildReadModels;
import dev.opsledger.aws.readmodel.RebuildReadModels.Rebuilt;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The steps a command takes on one region's event table ({@code rebuild-read-models}, {@code clear-divergence}),
 * each turning what DynamoDB can be expected to answer (no such table, no access, no credentials, nobody
 * listening) into a {@link DynamoDbFailed} that says so in one line.
 */
final class TableSteps {

    private final DynamoDbClient client;
    private final TableLocation target;

    TableSteps(DynamoDbClient client, TableLocation target) {
        this.client = client;
        this.target = target;
    }

    /**
     * Makes sure the table exists and is laid out as an event table before anything is written or deleted:
     * {@code --fresh} on a table of someone else's that happens to hold {@code rm:} keys would be a loss.
     */
    void checkTable() {
        TableDescription table = call("describe " + target.table(),
                () -> client.describeTable(describe -> describe.tableName(target.table())).table());
        boolean eventTable = table.keySchema().equals(EventTableSchema.createTableRequest(target.table()).keySchema())
                && table.globalSecondaryIndexes().stream()
                        .anyMatch(index -> index.indexName().equals(EventTableSchema.FEED_INDEX));
        if (!eventTable) {
            throw new DynamoDbFailed("the table " + target + " is not an OpsLedger event table (no pk/sk key with a "
                    + EventTableSchema.FEED_INDEX + " index): nothing was changed", null);
        }
    }

    /** Deletes every read-model item; returns how many. */
    long dropReadModels() {
        return call("delete the read-model items of " + target.table(),
                () -> new ReadModelItems(client, target.table()).dropAll());
    }

    Rebuilt rebuild() {
        return call("rebuild the read models of " + target.table(),
                () -> RebuildReadModels.rebuild(client, target.table()));
    }

    <T> T call(String doing, Supplier<T> step) {
        try {
            return step.get();
        } catch (ResourceNotFoundException missing) {
            throw new DynamoDbFailed("there is no table " + target, missing);
        } catch (AwsServiceException refused) {
            throw new DynamoDbFailed("DynamoDB " + target.where() + " refused to " + doing + " (" + reason(refused) + ")",
                    refused);
        } catch (SdkClientException unreachable) {
            throw new DynamoDbFailed(unanswered(unreachable), unreachable);
        } catch (ServiceUnavailable failure) {
            throw new DynamoDbFailed("DynamoDB " + target.where() + " failed when asked to " + doing + " ("
                    + firstLine(failure.getMessage()) + "); running the command again is safe", failure);
        }
    }

    private String unanswered(SdkClientException failure) {
        String message = firstLine(failure.getMessage());
        if (message.startsWith("Unable to load credentials")) {
            return "no AWS credentials found to reach DynamoDB " + target.where() + ": set AWS_PROFILE or"
                    + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where a role provides them";
        }
        return target.server().map(endpoint -> ServerFailure.describe(endpoint, failure))
                .orElse("DynamoDB " + target.where() + " did not answer (" + message + ")");
    }

    private static String reason(AwsServiceException refused) {
        AwsErrorDetails details = refused.awsErrorDetails();
        return details == null ? firstLine(refused.getMessage())
                : details.errorCode() + ": " + firstLine(details.errorMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }
}
