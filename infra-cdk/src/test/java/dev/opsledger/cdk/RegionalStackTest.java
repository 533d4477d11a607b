package dev.opsledger.cdk;

import static dev.opsledger.cdk.Resources.functions;
import static dev.opsledger.cdk.Resources.list;
import static dev.opsledger.cdk.Resources.map;
import static dev.opsledger.cdk.Resources.properties;
import static dev.opsledger.cdk.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.wiring.AwsSettings;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class RegionalStackTest {

    private static final SynthesizedApp APP = SynthesizedApp.withEveryOption();
    private static final List<Job> IN_EVERY_REGION = List.of(Job.API, Job.HEALTH_CHECK, Job.PROJECTION);
    private static final List<Job> IN_THE_PRIMARY = List.of(Job.API, Job.HEALTH_CHECK, Job.PROJECTION, Job.REPLICATOR,
            Job.RECONCILER);

    @Test
    void the_table_is_laid_out_as_the_adapter_lays_it_out() {
        for (Template region : regions()) {
            region.resourceCountIs("AWS::DynamoDB::Table", 1);
            region.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                    "TableName", MetricsTable.TABLE_NAME,
                    "KeySchema", List.of(
                            Map.of("AttributeName", EventTableSchema.PARTITION_KEY, "KeyType", "HASH"),
                            Map.of("AttributeName", EventTableSchema.SORT_KEY, "KeyType", "RANGE")),
                    "GlobalSecondaryIndexes", List.of(Map.of(
                            "IndexName", EventTableSchema.FEED_INDEX,
                            "KeySchema", List.of(
                                    Map.of("AttributeName", EventTableSchema.FEED_PARTITION_KEY, "KeyType", "HASH"),
                                    Map.of("AttributeName", EventTableSchema.FEED_SORT_KEY, "KeyType", "RANGE")),
                            "Projection", Map.of("ProjectionType", EventTableSchema.FEED_PROJECTION.toString()))),
                    "StreamSpecification", Map.of("StreamViewType", EventTableSchema.STREAM_VIEW.toString()),
                    "BillingMode", EventTableSchema.BILLING_MODE.toString(),
                    "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                    "SSESpecification", Map.of("SSEEnabled", true),
                    "DeletionProtectionEnabled", true)));
        }
    }

    @Test
    void the_primary_runs_every_regional_job_and_the_secondary_all_but_replication() {
        assertThat(functions(APP.primary).keySet())
                .containsExactlyInAnyOrderElementsOf(IN_THE_PRIMARY.stream().map(Job::functionName).toList());
        assertThat(functions(APP.secondary).keySet())
                .containsExactlyInAnyOrderElementsOf(IN_EVERY_REGION.stream().map(Job::functionName).toList());
    }

    @Test
    void every_function_is_java_21_on_arm64_with_snapstart_its_handler_and_its_size() {
        for (Template region : regions()) {
            functions(region).forEach((name, function) -> {
                Job job = job(name);
                assertThat(function).containsEntry("Handler", job.handler())
                        .containsEntry("Architectures", List.of("arm64"))
                        .containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"))
                        .containsEntry("MemorySize", job.memoryMb())
                        .containsEntry("Timeout", (int) job.timeout().toSeconds());
                assertThat(Resources.environment(function)).containsKeys(AwsSettings.TABLE,
                        AwsSettings.PRIMARY_REGION, AwsSettings.SECONDARY_REGION, AwsSettings.ALERT_TOPIC_ARN,
                        AwsSettings.EVENT_BUS, AwsSettings.API_ENDPOINTS, AwsSettings.API_FUNCTION,
                        AwsSettings.METRICS_NAMESPACE);
            });
        }
    }

    @Test
    void every_function_is_invoked_through_its_live_alias_and_keeps_its_logs_a_month() {
        for (Template region : regions()) {
            int count = functions(region).size();
            region.resourceCountIs("AWS::Lambda::Alias", count);
            region.allResourcesProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", JobFunction.ALIAS)));
            assertThat(properties(region, "AWS::Logs::LogGroup").values())
                    .filteredOn(group -> text(group.get("LogGroupName")).startsWith("/aws/lambda/opsledger-"))
                    .hasSize(count)
                    .allSatisfy(group -> assertThat(group).containsEntry("RetentionInDays", 30));
            for (Map<String, Object> mapping : properties(region, "AWS::Lambda::EventSourceMapping").values()) {
                assertThat(text(mapping.get("FunctionName"))).contains("Alias");
            }
            for (Map<String, Object> permission : properties(region, "AWS::Lambda::Permission").values()) {
                assertThat(text(permission.get("FunctionName"))).contains("Alias");
            }
        }
    }

    @Test
    void the_reconciler_runs_alone() {
        assertThat(functions(APP.primary).get(Job.RECONCILER.functionName()))
                .containsEntry("ReservedConcurrentExecutions", 1);
        assertThat(functions(APP.primary).get(Job.REPLICATOR.functionName()))
                .doesNotContainKey("ReservedConcurrentExecutions");
    }

    @Test
    void replication_reads_the_primarys_stream_bisecting_retrying_and_parking_what_still_fails() {
        Map<String, Object> replication = mappingOf(APP.primary, Job.REPLICATOR);
        assertThat(replication)
                .containsEntry("BisectBatchOnFunctionError", true)
                .containsEntry("FunctionResponseTypes", List.of("ReportBatchItemFailures"))
                .containsEntry("MaximumRetryAttempts", RegionalStack.REPLICATION_RETRIES)
                .containsEntry("StartingPosition", "TRIM_HORIZON");
        assertThat(text(replication.get("EventSourceArn"))).contains("StreamArn");
        assertThat(text(map(map(replication.get("DestinationConfig")).get("OnFailure")).get("Destination")))
                .contains("ReplicationDeadLetters");
        APP.primary.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of("SqsManagedSseEnabled", true)));
    }

    @Test
    void each_region_projects_its_own_tables_stream() {
        for (Template region : regions()) {
            Map<String, Object> projection = mappingOf(region, Job.PROJECTION);
            assertThat(projection).containsEntry("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
            assertThat(text(projection.get("EventSourceArn"))).contains("MetricsTable");
        }
        APP.secondary.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
    }

    @Test
    void the_api_serves_the_contracts_routes_with_a_key_except_for_health() {
        for (Template region : regions()) {
            // The dashboard's CORS preflights aside (DashboardCorsTest): this is what callers reach.
            List<Map<String, Object>> methods = properties(region, "AWS::ApiGateway::Method").values().stream()
                    .filter(method -> !"OPTIONS".equals(method.get("HttpMethod"))).toList();
            assertThat(methods).hasSize(5);
            assertThat(methods).filteredOn(method -> Boolean.FALSE.equals(method.get("ApiKeyRequired")))
                    .singleElement().satisfies(health -> assertThat(text(health.get("ResourceId"))).contains("health"));
            assertThat(methods).filteredOn(method -> Boolean.TRUE.equals(method.get("ApiKeyRequired")))
                    .extracting(method -> method.get("HttpMethod")).containsExactlyInAnyOrder("GET", "POST", "GET", "GET");
            assertThat(properties(region, "AWS::ApiGateway::Resource").values())
                    .extracting(resource -> resource.get("PathPart"))
                    .containsExactlyInAnyOrder("metrics", "deployments", "{id}", "incidents", "{id}", "health");
            region.resourceCountIs("AWS::ApiGateway::ApiKey", 1);
            region.resourceCountIs("AWS::ApiGateway::UsagePlanKey", 1);
            region.hasResourceProperties("AWS::ApiGateway::UsagePlan", Match.objectLike(Map.of(
                    "Throttle", Map.of("RateLimit", MetricsApi.REPORT_THROTTLE.getRateLimit(),
                            "BurstLimit", MetricsApi.REPORT_THROTTLE.getBurstLimit()),
                    "ApiStages", List.of(Match.objectLike(Map.of("Throttle", Match.objectLike(Map.of(
                            "/metrics/POST", Map.of("RateLimit", MetricsApi.WRITE_THROTTLE.getRateLimit(),
                                    "BurstLimit", MetricsApi.WRITE_THROTTLE.getBurstLimit())))))))));
        }
    }

    @Test
    void the_stage_throttles_and_writes_json_access_logs() {
        for (Template region : regions()) {
            Map<String, Object> stage = properties(region, "AWS::ApiGateway::Stage").values().iterator().next();
            assertThat(stage).containsEntry("StageName", MetricsApi.STAGE);
            assertThat(list(stage.get("MethodSettings"))).singleElement().satisfies(settings -> assertThat(map(settings))
                    .containsEntry("ThrottlingRateLimit", MetricsApi.STAGE_THROTTLE.getRateLimit())
                    .containsEntry("ThrottlingBurstLimit", MetricsApi.STAGE_THROTTLE.getBurstLimit())
                    .containsEntry("LoggingLevel", "ERROR"));
            String format = (String) map(stage.get("AccessLogSetting")).get("Format");
            assertThat(format).startsWith("{").endsWith("}").contains("\"requestId\"", "\"status\"");
        }
    }

    @Test
    void alerts_go_to_an_encrypted_topic_mailed_to_the_address_given_at_deploy_time() {
        for (Template region : regions()) {
            region.hasParameter(RegionalStack.ALERT_EMAIL_PARAMETER, Match.objectLike(Map.of("Type", "String")));
            region.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
            region.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                    "Protocol", "email",
                    "Endpoint", Map.of("Ref", RegionalStack.ALERT_EMAIL_PARAMETER),
                    "TopicArn", Match.anyValue()));
            region.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
        }
    }

    @Test
    void every_alarm_notifies_the_topic() {
        for (Template region : regions()) {
            assertThat(properties(region, "AWS::CloudWatch::Alarm").values()).isNotEmpty().allSatisfy(alarm ->
                    assertThat(text(alarm.get("AlarmActions"))).contains("Alerts"));
        }
    }

    @Test
    void alarms_fire_at_the_seeds_thresholds() {
        for (Template region : regions()) {
            Collection<Map<String, Object>> alarms = properties(region, "AWS::CloudWatch::Alarm").values();
            assertThat(alarms).filteredOn(alarm -> "Errors".equals(alarm.get("MetricName"))
                            && "AWS/Lambda".equals(alarm.get("Namespace")))
                    .hasSize(functions(region).size())
                    .allSatisfy(alarm -> assertThat(alarm).containsEntry("Threshold", Monitoring.LAMBDA_ERRORS)
                            .containsEntry("Period", 300).containsEntry("Statistic", "Sum")
                            .containsEntry("ComparisonOperator", "GreaterThanThreshold"));
            assertThat(alarms).filteredOn(alarm -> "5XXError".equals(alarm.get("MetricName"))).singleElement()
                    .satisfies(alarm -> assertThat(alarm).containsEntry("Threshold", Monitoring.API_5XX)
                            .containsEntry("Period", 300).containsEntry("ComparisonOperator", "GreaterThanThreshold"));
            assertThat(alarms).filteredOn(alarm -> Monitoring.HEALTH_CHECK_PASSED.equals(alarm.get("MetricName"))
                            && "Minimum".equals(alarm.get("Statistic")))
                    .hasSize(dev.opsledger.domain.health.Component.values().length)
                    .allSatisfy(alarm -> assertThat(alarm).containsEntry("Period", 60).containsEntry("EvaluationPeriods", 1)
                            .containsEntry("Threshold", 1).containsEntry("ComparisonOperator", "LessThanThreshold"));
            assertThat(alarms).filteredOn(alarm -> "SampleCount".equals(alarm.get("Statistic"))).singleElement()
                    .satisfies(heartbeat -> assertThat(heartbeat).containsEntry("TreatMissingData", "breaching")
                            .containsEntry("EvaluationPeriods", 1));
        }
        assertThat(properties(APP.primary, "AWS::CloudWatch::Alarm").values())
                .filteredOn(alarm -> "IteratorAge".equals(alarm.get("MetricName"))).singleElement()
                .satisfies(lag -> assertThat(lag).containsEntry("Threshold", Monitoring.REPLICATION_LAG_SECONDS * 1000)
                        .containsEntry("Statistic", "Maximum").containsEntry("EvaluationPeriods", 1));
    }

    @Test
    void the_billing_alarm_lives_in_us_east_1_only() {
        APP.primary.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Namespace", "AWS/Billing", "MetricName", "EstimatedCharges",
                "Threshold", Integer.parseInt(CdkJson.context(java.nio.file.Path.of("cdk.json"))
                        .get(DeploymentContext.MONTHLY_BUDGET_USD).toString()))));
        assertThat(properties(APP.secondary, "AWS::CloudWatch::Alarm").values())
                .noneMatch(alarm -> "AWS/Billing".equals(alarm.get("Namespace")));
        assertThat(APP.stacks.primary().getRegion()).isEqualTo("us-east-1");
    }

    @Test
    void the_dashboard_shows_the_seeds_metrics() {
        String body = text(properties(APP.primary, "AWS::CloudWatch::Dashboard").values().iterator().next()
                .get("DashboardBody"));
        assertThat(body).contains(Stream.of("\\\"Count\\\"", "4XXError", "5XXError", "p50", "p99", "Invocations",
                "\\\"Errors\\\"", "Duration", "ConcurrentExecutions", "ConsumedReadCapacityUnits",
                "ConsumedWriteCapacityUnits", "ReadThrottleEvents", "WriteThrottleEvents", "IteratorAge",
                "SucceededBuilds", "FailedBuilds", PipelineStack.DEPLOY_PRIMARY_PROJECT).toArray(String[]::new));
    }

    @Test
    void the_health_check_and_the_reconciler_run_on_schedules_targeting_their_aliases() {
        assertThat(properties(APP.primary, "AWS::Events::Rule").values())
                .filteredOn(rule -> rule.containsKey("ScheduleExpression")).hasSize(2)
                .allSatisfy(rule -> assertThat(text(rule.get("Targets"))).contains("Alias"));
        assertThat(properties(APP.secondary, "AWS::Events::Rule").values())
                .filteredOn(rule -> rule.containsKey("ScheduleExpression")).singleElement()
                .satisfies(rule -> assertThat(rule).containsEntry("ScheduleExpression", "rate(1 minute)"));
    }

    private static Map<String, Object> mappingOf(Template region, Job job) {
        return properties(region, "AWS::Lambda::EventSourceMapping").values().stream()
                .filter(mapping -> text(mapping.get("FunctionName")).contains(job.functionName().replace("-", "")))
                .findFirst().orElseThrow(() -> new AssertionError("no stream mapping feeds " + job.functionName()));
    }

    private static Job job(String functionName) {
        return Arrays.stream(Job.values()).filter(job -> job.functionName().equals(functionName)).findFirst()
                .orElseThrow();
    }

    private static List<Template> regions() {
        return List.of(APP.primary, APP.secondary);
    }
}
