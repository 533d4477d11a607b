package dev.opsledger.aws.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.domain.shared.Region;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sns.SnsClient;

class AwsClientsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:4567", "http://127.0.0.1:8000", "http://127.0.0.2", "http://[::1]:4567"})
    void takes_an_endpoint_on_this_machine_for_a_local_server(String endpoint) {
        assertThat(AwsClients.isLocal(URI.create(endpoint))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://dynamodb.us-east-1.amazonaws.com", "https://vpce-0a1b.dynamodb.us-east-1.vpce.amazonaws.com",
            "http://10.0.0.12:4567", "http://localhost.example.com"})
    void takes_any_other_endpoint_for_aws(String endpoint) {
        assertThat(AwsClients.isLocal(URI.create(endpoint))).isFalse();
    }

    @Test
    void builds_one_client_per_service_and_region() {
        try (AwsClients clients = new AwsClients(Optional.of(URI.create("http://127.0.0.1:4567")))) {
            assertThat(clients.dynamoDb(Region.US_EAST_1))
                    .isSameAs(clients.dynamoDb(Region.US_EAST_1))
                    .isNotSameAs(clients.dynamoDb(Region.US_WEST_2));
            assertThat(clients.route53()).isSameAs(clients.route53());
            assertThat(clients.client("sns", Region.US_EAST_1, SnsClient::builder))
                    .isSameAs(clients.client("sns", Region.US_EAST_1, SnsClient::builder))
                    .isNotSameAs(clients.client("sns", Region.US_WEST_2, SnsClient::builder));
        }
    }
}
