package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.dynamodb.DynamoDbFailures;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sends one read-model request, turning DynamoDB being down or throttling (after the SDK's retries) into
 * {@link ServiceUnavailable}; a request DynamoDB refuses for what it asks, a failed condition above all, fails as it is.
 */
final class ReadModelCalls {

    private ReadModelCalls() {
    }

    static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException failure) {
            if (DynamoDbFailures.isOutage(failure)) {
                throw DynamoDbFailures.unavailable("serve a read-model request", failure);
            }
            throw failure;
        }
    }

    /** Waits before the {@code attempt}-th retry of what DynamoDB left unprocessed: nothing before the first try, then doubling up to a second. */
    static void pause(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1_000, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("interrupted while backing off from DynamoDB", interrupted);
        }
    }
}
