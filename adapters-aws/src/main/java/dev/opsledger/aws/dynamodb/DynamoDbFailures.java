package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.ServiceUnavailable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * DynamoDB failures, after the SDK's own retries, as the port's {@link ServiceUnavailable}: the one mapping
 * of every adapter that keeps items in the event table.
 */
public final class DynamoDbFailures {

    private DynamoDbFailures() {
    }

    /**
     * {@code failure} as {@link ServiceUnavailable}, marked throttled when DynamoDB refused for load;
     * {@code what} completes "DynamoDB could not …".
     */
    public static ServiceUnavailable unavailable(String what, SdkException failure) {
        if (!(failure instanceof AwsServiceException refused && refused.isThrottlingException())) {
            return new ServiceUnavailable("DynamoDB could not " + what + ": " + failure.getMessage(), failure);
        }
        ServiceUnavailable throttled = new ServiceUnavailable("DynamoDB throttled the request to " + what
                + " beyond the SDK's retries: " + failure.getMessage(), true);
        throttled.initCause(failure);
        return throttled;
    }

    /**
     * Whether {@code failure} says DynamoDB is throttling, failing on its side or out of reach, rather than
     * refusing this request for what it asks (a failed condition, a malformed request), which a retry would
     * meet again.
     */
    public static boolean isOutage(SdkException failure) {
        return failure instanceof SdkClientException
                || failure instanceof DynamoDbException refused && (refused.isThrottlingException() || refused.statusCode() >= 500);
    }
}
