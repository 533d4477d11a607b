package dev.opsledger.aws.probe;

import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.contract.HealthProbeContract;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The probe contract over the wire: the API probe over HTTP, the table and function probes through the SDK. */
class AwsHealthProbeContractTest extends HealthProbeContract {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-03-01T12:00:00Z"));

    private final FakeRegion fakeRegion = new FakeRegion();
    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(fakeRegion::answer);

    @Override
    protected HealthProbe newProbe(Component component) {
        return switch (component) {
            case API -> new HttpApiProbe(HttpClient.newHttpClient(), Map.of(region(), endpoint.uri()), timeout(), CLOCK);
            case TABLE -> new DynamoDbTableProbe(region -> SdkClients.dynamoDb(endpoint), FakeRegion.TABLE, timeout(), CLOCK);
            case FUNCTIONS -> new LambdaFunctionProbe(region -> SdkClients.lambda(endpoint), FakeRegion.FUNCTION, timeout(), CLOCK);
        };
    }

    @Override
    protected Region region() {
        return Region.US_EAST_1;
    }

    @Override
    protected Duration timeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    protected void makeUnreachable() {
        endpoint.stop();
    }

    @Override
    protected void makeThrottled() {
        fakeRegion.throttle();
    }

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }
}
