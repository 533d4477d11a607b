package dev.opsledger.aws.sns;

import static dev.opsledger.aws.wire.SdkClients.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import dev.opsledger.domain.shared.Region;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnsAlertNotifierTest {

    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:opsledger-alerts";
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    private final WireEndpoint endpoint = WireEndpoint.start().otherwise(SnsWire::published);
    private final SnsAlertNotifier notifier =
            new SnsAlertNotifier(SdkClients.sns(endpoint), TOPIC, new InProcessOpenProblems());

    @AfterEach
    void closeEndpoint() {
        endpoint.close();
    }

    @Test
    void publishes_over_the_query_protocol_with_topic_subject_message_and_attributes() {
        notifier.notify(alert("health:us-west-2:api", AlertSeverity.CRITICAL, "API down in us-west-2"));

        WireRequest request = endpoint.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = request.form();
        assertThat(form).containsEntry("Action", "Publish").containsEntry("Version", "2010-03-31")
                .containsEntry("TopicArn", TOPIC).containsEntry("Subject", "API down in us-west-2");
        assertThat(form.get("Message")).startsWith("API down in us-west-2 (details)")
                .contains("CRITICAL health:us-west-2:api in us-west-2").contains("2025-03-01T12:00:00Z");
        assertThat(SnsWire.attributes(request))
                .isEqualTo(Map.of("severity", "String:CRITICAL", "region", "String:us-west-2"));
    }

    @Test
    void makes_no_call_for_an_alert_of_a_problem_already_open() {
        notifier.notify(alert("replication", AlertSeverity.WARNING, "replication lagging"));

        assertThat(notifier.notify(alert("replication", AlertSeverity.CRITICAL, "replication failing"))).isFalse();
        assertThat(endpoint.requests()).hasSize(1);
    }

    @Test
    void notifies_once_for_notifiers_that_share_their_open_problems() {
        OpenProblems shared = new InProcessOpenProblems();
        SnsAlertNotifier east = new SnsAlertNotifier(SdkClients.sns(endpoint), TOPIC, shared);
        SnsAlertNotifier west = new SnsAlertNotifier(SdkClients.sns(endpoint), TOPIC, shared);

        assertThat(east.notify(alert("failover", AlertSeverity.CRITICAL, "failed over"))).isTrue();
        assertThat(west.notify(alert("failover", AlertSeverity.CRITICAL, "failed over"))).isFalse();
        assertThat(endpoint.requests()).hasSize(1);
    }

    @Test
    void fits_a_long_multi_line_accented_subject_into_what_sns_accepts() {
        String subject = "Réplication us-east-1 → us-west-2 diverged\nsince 12:00 " + "x".repeat(120);

        notifier.notify(alert("replication", AlertSeverity.CRITICAL, subject));

        String sent = endpoint.requests().getFirst().form().get("Subject");
        assertThat(sent).hasSize(99).startsWith("R?plication us-east-1 ? us-west-2 diverged since 12:00 xxx").endsWith("...")
                .matches("[\\x20-\\x7e]+");
    }

    @Test
    void sends_an_alert_again_when_the_caller_retries_after_sns_throttled_it() {
        for (int attempt = 0; attempt < SDK_ATTEMPTS; attempt++) {
            endpoint.enqueue(WireResponse.xmlError(400, SnsWire.NAMESPACE, "Throttling", "Rate exceeded"));
        }
        Alert down = alert("health:us-east-1:table", AlertSeverity.CRITICAL, "table down");

        assertThatThrownBy(() -> notifier.notify(down))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isTrue());
        assertThat(notifier.notify(down)).isTrue();
        assertThat(endpoint.requests()).hasSize(SDK_ATTEMPTS + 1);
    }

    @Test
    void keeps_the_problem_open_when_sns_fails_to_send_its_resolution() {
        notifier.notify(alert("failover", AlertSeverity.CRITICAL, "failed over"));
        for (int attempt = 0; attempt < SDK_ATTEMPTS; attempt++) {
            endpoint.enqueue(WireResponse.xmlError(500, SnsWire.NAMESPACE, "InternalError", "Internal error"));
        }
        Alert back = alert("failover", AlertSeverity.RESOLVED, "failed back");

        assertThatThrownBy(() -> notifier.notify(back))
                .isInstanceOfSatisfying(ServiceUnavailable.class, refused -> assertThat(refused.throttled()).isFalse());
        assertThat(notifier.notify(back)).isTrue();
        assertThat(notifier.notify(alert("failover", AlertSeverity.CRITICAL, "failed over again"))).isTrue();
    }

    private static Alert alert(String problemKey, AlertSeverity severity, String subject) {
        return new Alert(problemKey, severity, Region.US_WEST_2, subject, subject + " (details)", NOON);
    }
}
