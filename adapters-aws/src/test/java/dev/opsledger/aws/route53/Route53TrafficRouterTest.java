package dev.opsledger.aws.route53;

import static dev.opsledger.aws.wire.SdkClients.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.route53.FakeHostedZone.RecordSet;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import software.amazon.awssdk.services.route53.Route53Client;

class Route53TrafficRouterTest {

    private static final long DEPLOYED_TTL = FailoverSchedule.AS_DEPLOYED.dnsTtl().toSeconds();

    static final String ZONE = "Z0OPSLEDGER1";
    static final String RECORD = "api.opsledger.example.com";
    static final String EAST_TARGET = "d-east.execute-api.us-east-1.amazonaws.com";
    static final String WEST_TARGET = "d-west.execute-api.us-west-2.amazonaws.com";
    private static final Region EAST = Region.US_EAST_1;
    private static final Region WEST = Region.US_WEST_2;
    private static final String FENCE = "_active." + RECORD + ".";

    private final FakeHostedZone zone = new FakeHostedZone(ZONE);
    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(zone::answer);
    private final Route53TrafficRouter router = router(SdkClients.route53(endpoint));

    static Route53TrafficRouter router(Route53Client client) {
        return new Route53TrafficRouter(client, ZONE, RECORD, Map.of(EAST, EAST_TARGET, WEST, WEST_TARGET));
    }

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }

    @Test
    void reads_the_active_region_from_the_fence_txt_record() {
        zone.put(fence("\"us-east-1 4\""));

        assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(EAST, 4));

        WireRequest request = endpoint.requests().getFirst();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/2013-04-01/hostedzone/" + ZONE + "/rrset");
        assertThat(request.queryParameters()).containsEntry("name", "_active." + RECORD)
                .containsEntry("type", "TXT").containsEntry("maxitems", "1");
    }

    @Test
    void promotes_with_one_batch_deleting_the_value_read_creating_the_next_and_upserting_the_failover_records() {
        zone.put(fence("\"us-east-1 0\""));

        assertThat(router.promote(WEST, 0)).isEqualTo(new ActiveRegion(WEST, 1));

        WireRequest change = endpoint.requests().get(1);
        assertThat(change.method()).isEqualTo("POST");
        assertThat(change.path()).isEqualTo("/2013-04-01/hostedzone/" + ZONE + "/rrset/");
        List<Element> changes = FakeHostedZone.children(FakeHostedZone.parse(change.body()), "Change").stream()
                .map(Element.class::cast).toList();
        assertThat(changes).extracting(element -> FakeHostedZone.text(element, "Action"))
                .containsExactly("DELETE", "CREATE", "UPSERT", "UPSERT");
        assertThat(changes).extracting(element -> FakeHostedZone.recordSetOf(element)).containsExactly(
                new RecordSet(FENCE, "TXT", "", "", 60, List.of("\"us-east-1 0\"")),
                new RecordSet("_active." + RECORD, "TXT", "", "", 60, List.of("\"us-west-2 1\"")),
                new RecordSet(RECORD, "CNAME", "primary", "PRIMARY", DEPLOYED_TTL, List.of(WEST_TARGET)),
                new RecordSet(RECORD, "CNAME", "secondary", "SECONDARY", DEPLOYED_TTL, List.of(EAST_TARGET)));
        assertThat(router.activeRegion()).isEqualTo(new ActiveRegion(WEST, 1));
    }

    @Test
    void answers_its_own_promotion_when_route53_refuses_a_retry_of_a_batch_it_already_applied() {
        endpoint.enqueue(listing("\"us-east-1 0\""), invalidChangeBatch(), listing("\"us-west-2 1\""));

        assertThat(router.promote(WEST, 0)).isEqualTo(new ActiveRegion(WEST, 1));
        assertThat(endpoint.requests()).extracting(WireRequest::method).containsExactly("GET", "POST", "GET");
    }

    @Test
    void names_the_winner_when_route53_refuses_the_batch_because_another_region_was_promoted() {
        endpoint.enqueue(listing("\"us-east-1 0\""), invalidChangeBatch(), listing("\"us-east-1 1\""));

        assertThatThrownBy(() -> router.promote(WEST, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("us-east-1 is active at epoch 1");
    }

    @Test
    void refuses_a_promotion_from_a_stale_epoch_without_changing_anything() {
        zone.put(fence("\"us-west-2 3\""));

        assertThatThrownBy(() -> router.promote(EAST, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("us-west-2 is active at epoch 3");
        assertThat(endpoint.requests()).extracting(WireRequest::method).containsExactly("GET");
    }

    @Test
    void says_the_fence_record_is_missing_rather_than_guessing_a_region() {
        zone.put(new RecordSet("_active.zzz." + RECORD, "TXT", "", "", 60, List.of("\"us-east-1 9\"")));

        assertThatThrownBy(router::activeRegion)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no active-region record _active." + RECORD);
    }

    @Test
    void reports_throttling_after_the_sdk_retried_it() {
        for (int attempt = 0; attempt < SDK_ATTEMPTS; attempt++) {
            endpoint.enqueue(WireResponse.xmlError(400, FakeHostedZone.NAMESPACE, "Throttling", "Rate exceeded"));
        }

        assertThatThrownBy(router::activeRegion)
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isTrue());
        assertThat(endpoint.requests()).hasSize(SDK_ATTEMPTS);
    }

    @Test
    void refuses_to_promote_a_region_it_has_no_target_for() {
        assertThatThrownBy(() -> router.promote(new Region("eu-west-1"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eu-west-1");
        assertThat(endpoint.requests()).isEmpty();
    }

    private static RecordSet fence(String value) {
        return new RecordSet("_active." + RECORD, "TXT", "", "", 60, List.of(value));
    }

    private static WireResponse listing(String fenceValue) {
        FakeHostedZone scripted = new FakeHostedZone(ZONE);
        scripted.put(fence(fenceValue));
        return scripted.answer(new WireRequest("GET", "/2013-04-01/hostedzone/" + ZONE + "/rrset",
                "name=_active." + RECORD + "&type=TXT&maxitems=1", Map.of(), ""));
    }

    private static WireResponse invalidChangeBatch() {
        FakeHostedZone empty = new FakeHostedZone(ZONE);
        return empty.answer(new WireRequest("POST", "/2013-04-01/hostedzone/" + ZONE + "/rrset/", null, Map.of(),
                "<ChangeResourceRecordSetsRequest><ChangeBatch><Changes><Change><Action>DELETE</Action><ResourceRecordSet>"
                        + "<Name>" + FENCE + "</Name><Type>TXT</Type><TTL>60</TTL><ResourceRecords><ResourceRecord>"
                        + "<Value>\"us-east-1 0\"</Value></ResourceRecord></ResourceRecords></ResourceRecordSet></Change>"
                        + "</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>"));
    }
}
