package dev.opsledger.aws.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.shared.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamoDbTableProbeTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final Duration ANSWER_DELAY = Duration.ofSeconds(3);

    private final FakeRegion region = new FakeRegion();
    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(region::answer);
    private final DynamoDbTableProbe probe = probeWithin(Duration.ofSeconds(5));

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }

    @Test
    void passes_an_active_table_that_returns_the_heartbeat_it_just_took() {
        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.passed()).isTrue();
        List<WireRequest> calls = endpoint.requests();
        assertThat(calls).extracting(call -> call.header("X-Amz-Target")).containsExactly(
                "DynamoDB_20120810.DescribeTable", "DynamoDB_20120810.PutItem", "DynamoDB_20120810.GetItem");
        assertThat(calls.get(1).json().get("Item"))
                .isEqualTo(json("{\"pk\":{\"S\":\"meta:heartbeat\"},\"sk\":{\"N\":\"0\"},\"beat\":{\"S\":\"2025-03-01T12:00:00Z\"}}"));
        assertThat(calls.get(2).json().get("ConsistentRead").asBoolean()).isTrue();
        assertThat(calls.get(2).json().get("Key")).isEqualTo(json("{\"pk\":{\"S\":\"meta:heartbeat\"},\"sk\":{\"N\":\"0\"}}"));
    }

    @Test
    void fails_a_table_that_is_not_active_without_writing_to_it() {
        region.tableStatus("UPDATING");

        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.reason()).isEqualTo("us-east-1 table failed: table DevOpsMetrics is UPDATING");
        assertThat(endpoint.requests()).hasSize(1);
    }

    @Test
    void fails_a_table_that_reads_back_an_older_heartbeat() {
        endpoint.enqueue(WireResponse.json(200, "{\"Table\":{\"TableName\":\"DevOpsMetrics\",\"TableStatus\":\"ACTIVE\"}}"),
                WireResponse.json(200, "{}"),
                WireResponse.json(200, "{\"Item\":{\"pk\":{\"S\":\"meta:heartbeat\"},\"sk\":{\"N\":\"0\"},\"beat\":{\"S\":\"2025-03-01T11:55:00Z\"}}}"));

        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo("us-east-1 table failed: heartbeat 2025-03-01T12:00:00Z read back as "
                + "2025-03-01T11:55:00Z from table DevOpsMetrics");
    }

    @Test
    void fails_a_throttled_table_saying_so() {
        region.throttle();

        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).startsWith("us-east-1 table throttled: HTTP 400 ThrottlingException");
    }

    @Test
    void fails_a_table_slower_than_the_timeout_as_unreachable() {
        endpoint.enqueue(WireResponse.json(200, "{}").after(ANSWER_DELAY));

        CheckResult result = probeWithin(TIMEOUT).probe(Region.US_EAST_1);

        assertThat(result.reason()).isEqualTo("us-east-1 table unreachable: no answer within 500ms");
        assertThat(result.latency()).isBetween(TIMEOUT, ANSWER_DELAY);
    }

    @Test
    void fails_a_table_whose_endpoint_refuses_connections_as_unreachable() {
        endpoint.stop();

        CheckResult result = probe.probe(Region.US_EAST_1);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).startsWith("us-east-1 table unreachable: ");
    }

    private DynamoDbTableProbe probeWithin(Duration timeout) {
        return new DynamoDbTableProbe(any -> SdkClients.dynamoDb(endpoint), FakeRegion.TABLE, timeout, InstantSource.fixed(NOON));
    }

    private static JsonNode json(String text) {
        return new WireRequest("POST", "/", null, Map.of(), text).json();
    }
}
