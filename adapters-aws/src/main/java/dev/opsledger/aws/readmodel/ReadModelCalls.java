package dev.opsledger.aws.readmodel;

import dev.opsledger.application.port.ServiceUnavailable;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Sends one read-model request, turning DynamoDB being down or throttling (after the SDK's retries) into {@link ServiceUnavailable}. */
final class ReadModelCalls {

    private ReadModelCalls() {
    }

    static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException raced) {
            throw raced;
        } catch (DynamoDbException failure) {
            if (failure.isThrottlingException()) {
                ServiceUnavailable throttled = new ServiceUnavailable("DynamoDB throttled a read-model request: " + failure.getMessage(), true);
                throttled.initCause(failure);
                throw throttled;
            }
            if (failure.statusCode() >= 500) {
                throw new ServiceUnavailable("DynamoDB failed a read-model request: " + failure.getMessage(), failure);
            }
            throw failure;
        } catch (SdkClientException unreachable) {
            throw new ServiceUnavailable("DynamoDB did not answer a read-model request: " + unreachable.getMessage(), unreachable);
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
