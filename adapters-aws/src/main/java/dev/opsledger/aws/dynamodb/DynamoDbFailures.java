package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.ServiceUnavailable;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** SDK failures, after the SDK's own retries, as the port's {@link ServiceUnavailable}. */
final class DynamoDbFailures {

    private static final Set<String> THROTTLING_CODES =
            Set.of("ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded");

    private DynamoDbFailures() {
    }

    static ServiceUnavailable unavailable(String what, SdkException failure) {
        if (!isThrottling(failure)) {
            return new ServiceUnavailable("DynamoDB could not " + what + ": " + failure.getMessage(), failure);
        }
        ServiceUnavailable throttled = new ServiceUnavailable("DynamoDB throttled the request to " + what
                + " beyond the SDK's retries: " + failure.getMessage(), true);
        throttled.initCause(failure);
        return throttled;
    }

    private static boolean isThrottling(SdkException failure) {
        return failure instanceof AwsServiceException service
                && (service.isThrottlingException() || service.awsErrorDetails() != null
                        && THROTTLING_CODES.contains(service.awsErrorDetails().errorCode()));
    }
}
