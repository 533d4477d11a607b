package dev.opsledger.aws.route53;

import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.aws.route53.FakeHostedZone.RecordSet;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.inmemory.contract.TrafficRouterContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The router contract over the wire, against a hosted zone that checks DELETE values as Route 53 does. */
class Route53TrafficRouterContractTest extends TrafficRouterContract {

    private WireEndpoint endpoint;

    @Override
    protected TrafficRouter newRouter(ActiveRegion initial) {
        FakeHostedZone zone = new FakeHostedZone(Route53TrafficRouterTest.ZONE);
        zone.put(new RecordSet("_active." + Route53TrafficRouterTest.RECORD, "TXT", "", "", 60,
                List.of(RecordSets.fenceValue(initial))));
        endpoint = WireEndpoint.start().otherwise(zone::answer);
        return Route53TrafficRouterTest.router(SdkClients.route53(endpoint));
    }

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }
}
