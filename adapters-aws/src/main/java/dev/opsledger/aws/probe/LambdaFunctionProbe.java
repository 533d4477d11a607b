package dev.opsledger.aws.probe;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
    private final TimedSdkProbe timed;

    public LambdaFunctionProbe(Function<Region, LambdaClient> clients, String functionName, Duration timeout,
            InstantSource clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.timed = new TimedSdkProbe(Component.FUNCTIONS, timeout, clock);
    }

    @Override
    public Component component() {
        return Component.FUNCTIONS;
    }

    @Override
    public CheckResult probe(Region region) {
        return timed.run(region, (checkedAt, budget) -> {
            FunctionConfiguration function = clients.apply(region).getFunction(request -> request
                    .functionName(functionName).overrideConfiguration(budget::limit)).configuration();
            if (function.state() == State.ACTIVE && function.lastUpdateStatus() == LastUpdateStatus.SUCCESSFUL) {
                return Optional.empty();
            }
            return Optional.of("function " + functionName + " is " + function.stateAsString()
                    + reasonOf(function.stateReason()) + ", last update " + function.lastUpdateStatusAsString()
                    + reasonOf(function.lastUpdateStatusReason()));
        });
    }

    private static String reasonOf(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }
}
