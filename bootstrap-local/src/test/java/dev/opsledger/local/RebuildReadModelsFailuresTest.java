package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.aws.dynalite.Dynalite;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** What {@code rebuild-read-models} says, and leaves alone, when it cannot do its work. */
class RebuildReadModelsFailuresTest {

    private final Dynalite dynalite = Dynalite.shared();
    private final DynamoDbClient client = dynalite.client();

    @Test
    void a_table_that_does_not_exist_is_named_in_one_line_and_exits_3() {
        CommandRun result = CommandRun.of(Map.of(), "rebuild-read-models", "--table", "no-such-table", "--fresh",
                "--dynamodb-endpoint", dynalite.endpoint().toString());

        assertThat(result.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("opsledger: there is no table no-such-table on " + dynalite.endpoint() + "\n");
    }

    @Test
    void a_table_not_laid_out_as_an_event_table_is_left_alone() {
        String foreign = "foreign-" + UUID.randomUUID();
        client.createTable(create -> create.tableName(foreign)
                .attributeDefinitions(definition -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH))
                .billingMode("PAY_PER_REQUEST"));
        client.waiter().waitUntilTableExists(describe -> describe.tableName(foreign));
        client.putItem(put -> put.tableName(foreign).item(Map.of("pk", AttributeValue.fromS("rm:theirs"))));

        CommandRun result = CommandRun.of(Map.of(), "rebuild-read-models", "--table", foreign, "--fresh",
                "--dynamodb-endpoint", dynalite.endpoint().toString());

        assertThat(result.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(result.err()).contains("is not an OpsLedger event table").hasLineCount(1);
        assertThat(client.scan(scan -> scan.tableName(foreign)).items()).hasSize(1);
    }

    @Test
    void a_server_that_does_not_answer_is_named_in_one_line_and_exits_3() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CommandRun result = CommandRun.of(Map.of(EndpointSetting.VARIABLE, "http://127.0.0.1:" + closedPort),
                "rebuild-read-models", "--table", "DevOpsMetrics");

        assertThat(result.exitCode()).isEqualTo(Main.SERVER_FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("opsledger: no DynamoDB answered at http://127.0.0.1:" + closedPort)
                .hasLineCount(1);
    }
}
