package dev.opsledger.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.wire.SdkClients;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbOpenProblemsTest {

    private final Dynalite dynalite = Dynalite.shared();
    private final String table = dynalite.createEventTable();
    private final DynamoDbOpenProblems problems = new DynamoDbOpenProblems(dynalite.client(), table);

    @Test
    void containers_with_their_own_clients_agree_on_what_is_open() {
        try (DynamoDbClient otherContainer = Dynalite.clientFor(dynalite.endpoint(), configuration -> { })) {
            DynamoDbOpenProblems elsewhere = new DynamoDbOpenProblems(otherContainer, table);

            problems.open("health:us-east-1:api");

            assertThat(elsewhere.open("health:us-east-1:api")).isFalse();
            assertThat(elsewhere.close("health:us-east-1:api")).isTrue();
            assertThat(problems.close("health:us-east-1:api")).isFalse();
        }
    }

    @Test
    void keeps_an_open_problem_as_an_alert_item_that_the_feed_never_shows() {
        problems.open("replication:us-east-1>us-west-2");

        Map<String, AttributeValue> item = dynalite.client().getItem(get -> get.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("alert:replication:us-east-1>us-west-2"),
                "sk", AttributeValue.fromN("0")))).item();
        assertThat(item).isNotEmpty();
        assertThat(new DynamoDbEventStore(dynalite.client(), table, Clock.systemUTC())
                .readFeed(LogPosition.START, 10).commits()).isEmpty();
    }

    @Test
    void a_table_that_does_not_answer_is_a_service_unavailable() {
        DynamoDbOpenProblems missingTable = new DynamoDbOpenProblems(dynalite.client(), "no-such-table");

        assertThatThrownBy(() -> missingTable.open("replication"))
                .isInstanceOf(ServiceUnavailable.class).hasMessageContaining("no-such-table");
    }

    @Test
    void notifiers_of_two_containers_send_one_notification_for_one_problem() {
        try (WireEndpoint sns = WireEndpoint.start().otherwise(SnsWire::published)) {
            Alert down = new Alert("health:us-east-1:api", AlertSeverity.CRITICAL, Region.US_EAST_1, "API down",
                    "API down in us-east-1", Instant.parse("2025-03-01T12:00:00Z"));
            SnsAlertNotifier first = new SnsAlertNotifier(SdkClients.sns(sns), SnsAlertNotifierTest.TOPIC,
                    new DynamoDbOpenProblems(dynalite.client(), table));
            SnsAlertNotifier second = new SnsAlertNotifier(SdkClients.sns(sns), SnsAlertNotifierTest.TOPIC,
                    new DynamoDbOpenProblems(dynalite.client(), table));

            assertThat(first.notify(down)).isTrue();
            assertThat(second.notify(down)).isFalse();
            assertThat(sns.requests()).hasSize(1);
        }
    }
}
