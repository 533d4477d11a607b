package dev.opsledger.aws.eventbridge;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.inmemory.contract.EventPublisherContract;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The publisher contract over the wire; a refused entry stays refused through all the publisher's attempts. */
class EventBridgePublisherContractTest extends EventPublisherContract {

    private static final int ATTEMPTS = 3;

    private final FakeEventBus bus = new FakeEventBus();
    private WireEndpoint endpoint;

    @Override
    protected EventPublisher newPublisher() {
        endpoint = WireEndpoint.start().otherwise(bus::answer);
        return new EventBridgePublisher(SdkClients.eventBridge(endpoint), "opsledger-events",
                IncidentResolvedJson::render, new EntryRetry(ATTEMPTS, Duration.ofMillis(1), pause -> { }));
    }

    @Override
    protected List<RecordedEvent> delivered() {
        return bus.delivered();
    }

    @Override
    protected void refuseNextEntries(int entries) {
        bus.refuseNext(entries, ATTEMPTS);
    }

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }
}
