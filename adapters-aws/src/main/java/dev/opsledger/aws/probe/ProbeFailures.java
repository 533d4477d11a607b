package dev.opsledger.aws.probe;

import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** The words a person reads when a probe fails: what was probed, and unreachable, throttled or failed, and why. */
final class ProbeFailures {

    private ProbeFailures() {
    }

    static String target(Region region, Component component) {
        return region + " " + component.name().toLowerCase(Locale.ROOT);
    }

    static String reason(String target, SdkException failure, Duration timeout) {
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return target + " unreachable: no answer within " + human(timeout);
        }
        if (failure instanceof AwsServiceException refused) {
            String error = "HTTP " + refused.statusCode()
                    + (refused.awsErrorDetails() == null ? "" : " " + refused.awsErrorDetails().errorCode());
            return target + (refused.isThrottlingException() ? " throttled: " : " failed: ") + error;
        }
        return target + " unreachable: " + rootMessage(failure);
    }

    static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + " " + root.getMessage();
    }
}
