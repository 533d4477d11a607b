package dev.opsledger.aws.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.incident.IncidentId;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.Region;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsBackgroundAdaptersTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final IncidentId INCIDENT = new IncidentId("inc-7");

    @Test
    void builds_each_adapter_once_and_keeps_it() {
        try (AwsRegionAdapters adapters = adapters(env(Map.of("OPSLEDGER_EVENT_BUS", "opsledger",
                "OPSLEDGER_ALERT_TOPIC_ARN", "arn:aws:sns:us-east-1:123456789012:alerts")))) {
            AwsBackgroundAdapters background = new AwsBackgroundAdapters(adapters);

            assertThat(background.publisher()).isSameAs(background.publisher());
            assertThat(background.notifier()).isSameAs(background.notifier());
        }
    }

    @Test
    void names_the_variable_an_adapter_asked_for_lacks() {
        try (AwsRegionAdapters adapters = adapters(env(Map.of()))) {
            AwsBackgroundAdapters background = new AwsBackgroundAdapters(adapters);

            assertThatThrownBy(background::publisher).hasMessageContaining("OPSLEDGER_EVENT_BUS");
            assertThatThrownBy(background::notifier).hasMessageContaining("OPSLEDGER_ALERT_TOPIC_ARN");
            assertThatThrownBy(background::probes).hasMessageContaining("OPSLEDGER_API_ENDPOINTS");
        }
    }

    @Test
    void publishes_and_notifies_through_the_endpoint_override_under_the_configured_names() {
        try (WireEndpoint aws = WireEndpoint.start().otherwise(AwsBackgroundAdaptersTest::answer);
                AwsRegionAdapters adapters = adapters(env(Map.of("OPSLEDGER_ENDPOINT_OVERRIDE", aws.uri().toString(),
                        "OPSLEDGER_EVENT_BUS", "opsledger-bus",
                        "OPSLEDGER_ALERT_TOPIC_ARN", "arn:aws:sns:us-east-1:123456789012:alerts")))) {
            AwsBackgroundAdapters background = new AwsBackgroundAdapters(adapters);

            background.publisher().publish(List.of(new RecordedEvent(INCIDENT.stream(), 1, new EventId("e-1"),
                    new IncidentResolved(INCIDENT, NOON))));
            background.notifier().notify(new Alert("health:us-east-1:api", AlertSeverity.CRITICAL, Region.US_EAST_1,
                    "API down", "API down in us-east-1", NOON));

            List<WireRequest> requests = aws.requests();
            assertThat(requests).extracting(AwsBackgroundAdaptersTest::operation)
                    .containsExactly("AWSEvents.PutEvents", "DynamoDB_20120810.PutItem", "Publish");
            assertThat(requests.get(0).json().at("/Entries/0/EventBusName").asText()).isEqualTo("opsledger-bus");
            assertThat(requests.get(0).json().at("/Entries/0/Detail").asText()).contains("\"incidentId\":\"inc-7\"");
            assertThat(requests.get(1).json().at("/Item/pk/S").asText()).isEqualTo("alert:health:us-east-1:api");
            assertThat(requests.get(2).form()).containsEntry("TopicArn", "arn:aws:sns:us-east-1:123456789012:alerts");
            assertThat(requests).allSatisfy(request -> assertThat(request.header("Authorization"))
                    .as("dummy credentials for a server on this machine, signed for the settings' region")
                    .contains("Credential=local/20").contains("/us-east-1/"));
        }
    }

    private static AwsRegionAdapters adapters(Map<String, String> env) {
        return new AwsRegionAdapters(AwsSettings.fromEnvironment(env), Clock.fixed(NOON, ZoneOffset.UTC),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    private static Map<String, String> env(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_REGION", "us-east-1", "OPSLEDGER_TABLE", "DevOpsMetrics",
                "OPSLEDGER_ENDPOINT_OVERRIDE", "http://127.0.0.1:9"));
        env.putAll(more);
        return env;
    }

    private static String operation(WireRequest request) {
        String target = request.header("X-Amz-Target");
        return target != null ? target : request.form().get("Action");
    }

    private static WireResponse answer(WireRequest request) {
        return switch (operation(request)) {
            case "AWSEvents.PutEvents" -> WireResponse.json(200, "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"1\"}]}");
            case "Publish" -> WireResponse.xml(200, """
                    <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                      <PublishResult><MessageId>1</MessageId></PublishResult>
                    </PublishResponse>""");
            default -> WireResponse.json(200, "{}");
        };
    }
}
