package dev.opsledger.aws.probe;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.State;

/**
 * Probes a region's API function with {@code GetFunction}: it passes when the function is
 * {@code Active} and its last update {@code Successful}, that is, it can be invoked with the code deployed.
 */
public final class LambdaFunctionProbe implements HealthProbe {

    private final Function<Region, LambdaClient> clients;
    private final String functionName;
    private final Duration timeout;
    private final InstantSource clock;

    public LambdaFunctionProbe(Function<Region, LambdaClient> clients, String functionName, Duration timeout,
            InstantSource clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Component component() {
        return Component.FUNCTIONS;
    }

    @Override
    public CheckResult probe(Region region) {
        Instant checkedAt = clock.instant();
        String target = ProbeFailures.target(region, Component.FUNCTIONS);
        CallBudget budget = new CallBudget(timeout);
        try {
            FunctionConfiguration function = clients.apply(region).getFunction(request -> request
                    .functionName(functionName).overrideConfiguration(budget::limit)).configuration();
            if (function.state() == State.ACTIVE && function.lastUpdateStatus() == LastUpdateStatus.SUCCESSFUL) {
                return CheckResult.passed(budget.elapsed(), checkedAt);
            }
            return CheckResult.failed(budget.elapsed(), target + " failed: function " + functionName + " is "
                    + function.stateAsString() + reasonOf(function.stateReason()) + ", last update "
                    + function.lastUpdateStatusAsString() + reasonOf(function.lastUpdateStatusReason()), checkedAt);
        } catch (SdkException e) {
            return CheckResult.failed(budget.elapsed(), ProbeFailures.reason(target, e, timeout), checkedAt);
        }
    }

    private static String reasonOf(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }
}
