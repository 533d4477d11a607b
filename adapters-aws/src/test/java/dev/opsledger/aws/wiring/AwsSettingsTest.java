package dev.opsledger.aws.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.failover.RegionPair;
import dev.opsledger.domain.shared.Region;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsSettingsTest {

    static final Map<String, String> REQUIRED_ONLY = Map.of("AWS_REGION", "us-west-2", "OPSLEDGER_TABLE", "DevOpsMetrics");

    @Test
    void reads_every_setting_from_the_environment() {
        Map<String, String> env = new HashMap<>(REQUIRED_ONLY);
        env.put("OPSLEDGER_ENDPOINT_OVERRIDE", "http://127.0.0.1:4567");
        env.put("OPSLEDGER_PRIMARY_REGION", "eu-west-1");
        env.put("OPSLEDGER_SECONDARY_REGION", "us-west-2");
        env.put("OPSLEDGER_ALERT_TOPIC_ARN", "arn:aws:sns:us-west-2:123456789012:opsledger-alerts");
        env.put("OPSLEDGER_EVENT_BUS", "opsledger");
        env.put("OPSLEDGER_HOSTED_ZONE_ID", "Z0123456789");
        env.put("OPSLEDGER_RECORD_NAME", "api.opsledger.example.com");
        env.put("OPSLEDGER_API_ENDPOINTS", "eu-west-1=https://east.example.com, us-west-2=https://west.example.com/prod");
        env.put("OPSLEDGER_API_FUNCTION", "opsledger-api");
        env.put("OPSLEDGER_METRICS_NAMESPACE", "OpsLedger/Test");

        AwsSettings settings = AwsSettings.fromEnvironment(env);

        assertThat(settings.region()).isEqualTo(Region.US_WEST_2);
        assertThat(settings.tableName()).isEqualTo("DevOpsMetrics");
        assertThat(settings.endpointOverride()).contains(URI.create("http://127.0.0.1:4567"));
        assertThat(settings.regions()).isEqualTo(new RegionPair(new Region("eu-west-1"), Region.US_WEST_2));
        assertThat(settings.alertTopicArn()).contains("arn:aws:sns:us-west-2:123456789012:opsledger-alerts");
        assertThat(settings.eventBusName()).contains("opsledger");
        assertThat(settings.hostedZoneId()).contains("Z0123456789");
        assertThat(settings.recordName()).contains("api.opsledger.example.com");
        assertThat(settings.apiEndpoints()).isEqualTo(Map.of(
                new Region("eu-west-1"), URI.create("https://east.example.com"),
                Region.US_WEST_2, URI.create("https://west.example.com/prod")));
        assertThat(settings.apiFunctionName()).contains("opsledger-api");
        assertThat(settings.metricsNamespace()).isEqualTo("OpsLedger/Test");
    }

    @Test
    void needs_only_the_region_and_the_table_and_defaults_the_rest() {
        AwsSettings settings = AwsSettings.fromEnvironment(REQUIRED_ONLY);

        assertThat(settings.regions()).isEqualTo(RegionPair.DEFAULT);
        assertThat(settings.metricsNamespace()).isEqualTo("OpsLedger");
        assertThat(settings.endpointOverride()).isEmpty();
        assertThat(settings.alertTopicArn()).isEmpty();
        assertThat(settings.apiEndpoints()).isEmpty();
    }

    @Test
    void names_the_missing_table_variable() {
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(Map.of("AWS_REGION", "us-east-1", "OPSLEDGER_TABLE", " ")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPSLEDGER_TABLE");
    }

    @Test
    void names_the_missing_region_variable() {
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(Map.of("OPSLEDGER_TABLE", "DevOpsMetrics")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AWS_REGION");
    }

    @Test
    void names_the_variable_holding_a_malformed_value() {
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(with("OPSLEDGER_ENDPOINT_OVERRIDE", "localhost:4567")))
                .hasMessageContaining("OPSLEDGER_ENDPOINT_OVERRIDE");
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(with("OPSLEDGER_API_ENDPOINTS", "us-east-1 https://a.example")))
                .hasMessageContaining("OPSLEDGER_API_ENDPOINTS");
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(with("OPSLEDGER_PRIMARY_REGION", "Virginia")))
                .hasMessageContaining("OPSLEDGER_PRIMARY_REGION");
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(with("OPSLEDGER_SECONDARY_REGION", "us-east-1")))
                .hasMessageContaining("OPSLEDGER_SECONDARY_REGION");
    }

    @Test
    void a_setting_required_by_an_adapter_names_its_variable_and_the_adapter() {
        AwsSettings settings = AwsSettings.fromEnvironment(REQUIRED_ONLY);

        assertThatThrownBy(() -> AwsSettings.required(settings.eventBusName(), AwsSettings.EVENT_BUS, "the publisher"))
                .hasMessage("the environment variable OPSLEDGER_EVENT_BUS is not set (needed by the publisher)");
    }

    private static Map<String, String> with(String variable, String value) {
        Map<String, String> env = new HashMap<>(REQUIRED_ONLY);
        env.put(variable, value);
        return env;
    }
}
