package dev.opsledger.cdk;

import static dev.opsledger.cdk.Resources.environment;
import static dev.opsledger.cdk.Resources.functions;
import static dev.opsledger.cdk.Resources.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.domain.failover.RegionPair;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

class DnsFailoverTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    private static final String PRIMARY = RegionPair.DEFAULT.primary().name();
    private static final String SECONDARY = RegionPair.DEFAULT.secondary().name();

    @Test
    void the_primary_stack_holds_the_failover_pair_and_the_fence_at_epoch_0() {
        Map<String, Map<String, Object>> records = properties(APP.primary, "AWS::Route53::RecordSet");
        assertThat(records.values()).filteredOn(record -> "PRIMARY".equals(record.get("Failover"))).singleElement()
                .satisfies(record -> assertThat(record)
                        .containsEntry("Name", SynthesizedApp.RECORD_NAME)
                        .containsEntry("Type", "CNAME")
                        .containsEntry("SetIdentifier", FailoverRecords.PRIMARY_ID)
                        .containsEntry("ResourceRecords", List.of(PRIMARY + "." + SynthesizedApp.RECORD_NAME)));
        assertThat(records.values()).filteredOn(record -> "SECONDARY".equals(record.get("Failover"))).singleElement()
                .satisfies(record -> assertThat(record)
                        .containsEntry("SetIdentifier", FailoverRecords.SECONDARY_ID)
                        .containsEntry("ResourceRecords", List.of(SECONDARY + "." + SynthesizedApp.RECORD_NAME)));
        assertThat(records.values()).filteredOn(record -> "TXT".equals(record.get("Type"))).singleElement()
                .satisfies(fence -> assertThat(fence)
                        .containsEntry("Name", "_active." + SynthesizedApp.RECORD_NAME)
                        .containsEntry("HostedZoneId", SynthesizedApp.ZONE_ID)
                        .containsEntry("ResourceRecords", List.of("\"" + PRIMARY + " 0\"")));
        assertThat(properties(APP.secondary, "AWS::Route53::RecordSet").values())
                .noneMatch(record -> record.containsKey("Failover") || "TXT".equals(record.get("Type")));
    }

    @Test
    void each_region_answers_at_the_public_name_and_at_its_own() {
        for (var region : Map.of(PRIMARY, APP.primary, SECONDARY, APP.secondary).entrySet()) {
            Template template = region.getValue();
            assertThat(properties(template, "AWS::ApiGateway::DomainName").values())
                    .extracting(domain -> domain.get("DomainName"))
                    .containsExactlyInAnyOrder(SynthesizedApp.RECORD_NAME, region.getKey() + "." + SynthesizedApp.RECORD_NAME);
            assertThat(properties(template, "AWS::Route53::RecordSet").values())
                    .filteredOn(record -> "A".equals(record.get("Type"))).singleElement()
                    .satisfies(alias -> assertThat(alias).containsEntry("Name",
                            region.getKey() + "." + SynthesizedApp.RECORD_NAME + "."));
            template.resourceCountIs("AWS::CertificateManager::Certificate", 1);
        }
    }

    @Test
    void the_functions_know_the_zone_the_record_and_both_regions_apis() {
        for (Template region : List.of(APP.primary, APP.secondary)) {
            assertThat(functions(region).values()).allSatisfy(function -> assertThat(environment(function))
                    .containsEntry(AwsSettings.HOSTED_ZONE_ID, SynthesizedApp.ZONE_ID)
                    .containsEntry(AwsSettings.RECORD_NAME, SynthesizedApp.RECORD_NAME)
                    .containsEntry(AwsSettings.API_ENDPOINTS, PRIMARY + "=https://" + PRIMARY + "."
                            + SynthesizedApp.RECORD_NAME + "," + SECONDARY + "=https://" + SECONDARY + "."
                            + SynthesizedApp.RECORD_NAME));
        }
    }

    @Test
    void without_a_hosted_zone_the_stack_has_no_records_and_its_functions_know_their_own_api() {
        Map<String, Object> context = new HashMap<>(CdkJson.context(Path.of("cdk.json")));
        context.put(DeploymentContext.LAMBDA_JARS, System.getProperty("opsledger.lambda.jars", "../bootstrap-lambda/target"));
        App app = new App(AppProps.builder().context(context).build());
        DeploymentContext deployment = DeploymentContext.of(app.getNode());
        Template alone = Template.fromStack(new RegionalStack(app, "Alone", StackProps.builder().build(), deployment,
                RegionPair.DEFAULT.primary(), FailoverSchedule.AS_DEPLOYED));

        alone.resourceCountIs("AWS::Route53::RecordSet", 0);
        alone.resourceCountIs("AWS::ApiGateway::DomainName", 0);
        alone.resourceCountIs("AWS::CertificateManager::Certificate", 0);
        assertThat(functions(alone).values()).allSatisfy(function -> assertThat(environment(function))
                .doesNotContainKeys(AwsSettings.HOSTED_ZONE_ID, AwsSettings.RECORD_NAME)
                .hasEntrySatisfying(AwsSettings.API_ENDPOINTS, endpoints -> assertThat(endpoints)
                        .contains(PRIMARY + "=https://", ".execute-api." + PRIMARY + ".amazonaws.com/" + MetricsApi.STAGE)
                        .doesNotContain(SECONDARY)));
    }

    @Test
    void a_half_given_dns_is_refused_naming_what_is_missing() {
        App app = new App(AppProps.builder().context(Map.of(DeploymentContext.HOSTED_ZONE_ID, "Z1",
                DeploymentContext.REPOSITORY, "owner/name")).build());
        assertThatThrownBy(() -> DeploymentContext.of(app.getNode()))
                .hasMessageContaining(DeploymentContext.HOSTED_ZONE_NAME);
        assertThatThrownBy(() -> new DnsSettings("Z1", "example.com", "opsledger.example.org"))
                .hasMessageContaining("recordName");
    }
}
