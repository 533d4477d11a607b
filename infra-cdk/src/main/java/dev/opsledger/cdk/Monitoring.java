package dev.opsledger.cdk;

import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * The region's alarms, each notifying the alert topic, and its dashboard. Thresholds are the seed's: a
 * function's errors above {@value #LAMBDA_ERRORS} in five minutes, the API's 5XX above {@value #API_5XX} in five
 * minutes, replication more than {@value #REPLICATION_LAG_SECONDS} s behind, and a failed health check or a
 * missing one at once.
 */
final class Monitoring extends Construct {

    static final int LAMBDA_ERRORS = 5;
    static final int API_5XX = 10;
    static final int REPLICATION_LAG_SECONDS = 60;
    static final Duration FIVE_MINUTES = Duration.minutes(5);
    static final Duration ONE_MINUTE = Duration.minutes(1);
    /** Two schedule periods: one invocation that starts late must not page anyone, a stopped checker must. */
    static final Duration HEARTBEAT_WINDOW = Duration.minutes(2);
    static final String HEALTH_CHECK_PASSED = "HealthCheckPassed";

    private final SnsAction notify;
    private final List<Alarm> alarms = new ArrayList<>();

    Monitoring(Construct scope, String id, ITopic topic) {
        super(scope, id);
        this.notify = new SnsAction(topic);
    }

    void watchFunction(JobFunction job) {
        alarm("Errors-" + job.job().functionName(),
                job.function().metricErrors(sum(FIVE_MINUTES)), LAMBDA_ERRORS, ComparisonOperator.GREATER_THAN_THRESHOLD,
                TreatMissingData.NOT_BREACHING);
    }

    void watchApi(RestApi api) {
        alarm("Api5xx", api.metricServerError(sum(FIVE_MINUTES)), API_5XX, ComparisonOperator.GREATER_THAN_THRESHOLD,
                TreatMissingData.NOT_BREACHING);
    }

    /** Every component the health check probes in {@code region}, and the check itself still running. */
    void watchHealth(Region region) {
        for (Component component : Component.values()) {
            alarm("HealthCheckFailed-" + componentName(component),
                    healthCheckPassed(region, component, "Minimum", ONE_MINUTE), 1,
                    ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING);
        }
        alarm("HealthHeartbeatMissing", healthCheckPassed(region, Component.TABLE, "SampleCount", HEARTBEAT_WINDOW), 1,
                ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.BREACHING);
    }

    /** The stream's iterator age is how far the replicator is behind the primary's writes. */
    void watchReplication(JobFunction replicator) {
        alarm("ReplicationLag", replicationLag(replicator), REPLICATION_LAG_SECONDS * 1000,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING);
    }

    /** Billing metrics exist only in us-east-1, for the whole account. */
    void watchBilling(int monthlyBudgetUsd) {
        alarm("EstimatedCharges", Metric.Builder.create().namespace("AWS/Billing").metricName("EstimatedCharges")
                        .dimensionsMap(Map.of("Currency", "USD")).statistic("Maximum").period(Duration.hours(6)).build(),
                monthlyBudgetUsd, ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.NOT_BREACHING);
    }

    void dashboard(Region region, RestApi api, Table table, List<JobFunction> functions, List<JobFunction> replicators,
            List<String> pipelineProjects) {
        Dashboard board = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName("opsledger-" + region.name())
                .build();
        board.addWidgets(
                graph("API requests and errors", api.metricCount(sum(FIVE_MINUTES)),
                        api.metricClientError(sum(FIVE_MINUTES)), api.metricServerError(sum(FIVE_MINUTES))),
                graph("API latency p50 / p99", api.metricLatency(stat("p50")), api.metricLatency(stat("p99"))));
        board.addWidgets(
                graph("Lambda invocations", functions.stream().map(f -> f.function().metricInvocations(sum(FIVE_MINUTES))).toList()),
                graph("Lambda errors", functions.stream().map(f -> f.function().metricErrors(sum(FIVE_MINUTES))).toList()));
        board.addWidgets(
                graph("Lambda duration p99", functions.stream().map(f -> f.function().metricDuration(stat("p99"))).toList()),
                graph("Lambda concurrency", functions.stream().map(f -> f.function().metric("ConcurrentExecutions",
                        stat("Maximum"))).toList()));
        board.addWidgets(
                graph("Table capacity", table.metricConsumedReadCapacityUnits(sum(FIVE_MINUTES)),
                        table.metricConsumedWriteCapacityUnits(sum(FIVE_MINUTES))),
                graph("Table throttles", table.metric("ReadThrottleEvents", sum(FIVE_MINUTES)),
                        table.metric("WriteThrottleEvents", sum(FIVE_MINUTES))));
        List<IMetric> lag = replicators.stream().map(Monitoring::replicationLag).map(IMetric.class::cast).toList();
        if (!lag.isEmpty()) {
            board.addWidgets(graph("Replication lag (ms)", lag));
        }
        if (!pipelineProjects.isEmpty()) {
            board.addWidgets(
                    graph("Pipeline builds succeeded / failed", pipelineProjects.stream().flatMap(project -> List.of(
                            codeBuild("SucceededBuilds", project, "Sum", FIVE_MINUTES),
                            codeBuild("FailedBuilds", project, "Sum", FIVE_MINUTES)).stream()).toList()),
                    graph("Pipeline build duration", pipelineProjects.stream().map(project ->
                            codeBuild("Duration", project, "Average", FIVE_MINUTES)).toList()),
                    graph("Deployment frequency (per day)", List.of(codeBuild("SucceededBuilds",
                            PipelineStack.DEPLOY_PRIMARY_PROJECT, "Sum", Duration.days(1)))));
        }
    }

    List<Alarm> alarms() {
        return List.copyOf(alarms);
    }

    static Metric codeBuild(String name, String project, String statistic, Duration period) {
        return Metric.Builder.create().namespace("AWS/CodeBuild").metricName(name)
                .dimensionsMap(Map.of("ProjectName", project)).statistic(statistic).period(period).build();
    }

    private static Metric replicationLag(JobFunction replicator) {
        return replicator.function().metric("IteratorAge", stat("Maximum"));
    }

    private static Metric healthCheckPassed(Region region, Component component, String statistic, Duration period) {
        return Metric.Builder.create()
                .namespace(AwsSettings.DEFAULT_METRICS_NAMESPACE)
                .metricName(HEALTH_CHECK_PASSED)
                .dimensionsMap(Map.of("region", region.name(), "component", componentName(component)))
                .statistic(statistic)
                .period(period)
                .build();
    }

    /** As the health check names the component in its metrics' dimensions. */
    static String componentName(Component component) {
        return component.name().toLowerCase(Locale.ROOT);
    }

    private void alarm(String id, IMetric metric, double threshold, ComparisonOperator comparison,
            TreatMissingData missing) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(comparison)
                .treatMissingData(missing)
                .build();
        alarm.addAlarmAction(notify);
        alarms.add(alarm);
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return graph(title, List.of(metrics));
    }

    private static GraphWidget graph(String title, List<? extends IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(List.copyOf(metrics)).width(12).build();
    }

    private static MetricOptions sum(Duration period) {
        return MetricOptions.builder().statistic("Sum").period(period).build();
    }

    private static MetricOptions stat(String statistic) {
        return MetricOptions.builder().statistic(statistic).period(ONE_MINUTE).build();
    }
}
