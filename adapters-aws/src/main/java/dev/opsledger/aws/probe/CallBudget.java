package dev.opsledger.aws.probe;

import java.time.Duration;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;

/** One probe's time limit shared by the calls it makes, so that a probe of several calls still ends on time. */
final class CallBudget {

    private static final Duration LEAST = Duration.ofMillis(1);

    private final Duration timeout;
    private final long startNanos = System.nanoTime();

    CallBudget(Duration timeout) {
        this.timeout = timeout;
    }

    /** The SDK's own limit for the next call: what is left of the probe's timeout. */
    void limit(AwsRequestOverrideConfiguration.Builder call) {
        Duration left = timeout.minus(elapsed());
        call.apiCallTimeout(left.compareTo(LEAST) < 0 ? LEAST : left);
    }

    Duration elapsed() {
        return ProbeFailures.since(startNanos);
    }
}
