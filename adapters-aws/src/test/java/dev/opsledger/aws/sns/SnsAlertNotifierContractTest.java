package dev.opsledger.aws.sns;

import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.inmemory.contract.AlertNotifierContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class SnsAlertNotifierContractTest extends AlertNotifierContract {

    private WireEndpoint endpoint;

    @Override
    protected AlertNotifier newNotifier() {
        endpoint = WireEndpoint.start().otherwise(SnsWire::published);
        return new SnsAlertNotifier(SdkClients.sns(endpoint), SnsAlertNotifierTest.TOPIC, new InProcessOpenProblems());
    }

    @Override
    protected List<String> deliveredSubjects() {
        return endpoint.requests().stream().map(request -> request.form().get("Subject")).toList();
    }

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }
}
