package dev.opsledger.cdk;

import dev.opsledger.application.failover.FailoverSchedule;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.domain.shared.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Everything OpsLedger runs in one region. Both regions get the table, the API, the health check, the
 * projection, the alert topic, the alarms and the dashboard; the primary also gets the replicator (its table's
 * stream feeds it, and it writes to the secondary's table), the reconciler, the billing alarm and, with DNS,
 * the failover records.
 */
public final class RegionalStack extends Stack {

    static final String ALERT_EMAIL_PARAMETER = "AlertEmail";
    static final String EVENT_BUS_NAME = "opsledger";
    /** Replication retries a failing record this often, bisecting the batch, before it goes to the dead letters. */
    static final int REPLICATION_RETRIES = 5;
    static final int REPLICATION_BATCH = 100;

    private final Topic alerts;
    private final MetricsTable table;
    private final Map<Job, JobFunction> functions = new LinkedHashMap<>();
    private Optional<Queue> deadLetters = Optional.empty();

    public RegionalStack(Construct scope, String id, StackProps props, DeploymentContext deployment, Region region,
            FailoverSchedule schedule) {
        super(scope, id, props);
        boolean primary = region.equals(deployment.regions().primary());
        Region primaryRegion = deployment.regions().primary();

        CfnParameter alertEmail = CfnParameter.Builder.create(this, ALERT_EMAIL_PARAMETER)
                .type("String")
                .description("The address alerts and alarms are mailed to (confirm the subscription mail once)")
                .allowedPattern("[^@\\s]+@[^@\\s]+")
                .build();
        Key alertKey = Key.Builder.create(this, "AlertKey")
                .description("Encrypts the OpsLedger alert topic and the replication dead letters")
                .enableKeyRotation(true)
                .build();
        // CloudWatch alarms and CodeStar notifications publish to the encrypted topic as services.
        for (String service : List.of("cloudwatch.amazonaws.com", "codestar-notifications.amazonaws.com")) {
            alertKey.grant(new ServicePrincipal(service), "kms:Decrypt", "kms:GenerateDataKey*");
        }
        alerts = Topic.Builder.create(this, "Alerts")
                .topicName("opsledger-alerts")
                .masterKey(alertKey)
                .enforceSsl(true)
                .build();
        alerts.addSubscription(new EmailSubscription(alertEmail.getValueAsString()));

        table = new MetricsTable(this, "Metrics");
        EventBus bus = EventBus.Builder.create(this, "Bus").eventBusName(EVENT_BUS_NAME).build();
        MetricsApi api = new MetricsApi(this, "Api");
        Optional<RegionalApiDomain> domain = deployment.dns().map(dns -> new RegionalApiDomain(this, "Domain", dns,
                region, api.api()));

        Map<String, String> environment = environment(deployment, region, alerts, bus, api);
        Map<String, String> healthEnvironment = new LinkedHashMap<>(environment);
        healthEnvironment.put(HealthCheckEnvironment.INTERVAL, Long.toString(schedule.checkInterval().toSeconds()));
        healthEnvironment.put(HealthCheckEnvironment.FAILURE_THRESHOLD, Integer.toString(schedule.failureThreshold()));

        Map<String, String> apiEnvironment = new LinkedHashMap<>(environment);
        deployment.dashboard().ifPresent(origins -> apiEnvironment.put(ApiEnvironment.ALLOWED_ORIGINS,
                origins.asVariable()));
        JobFunction apiFunction = add(new JobFunction(this, Job.API, code(deployment, Job.API), apiEnvironment, null));
        apiFunction.allow(Permissions.onTable(region, Permissions.EVENT_LOG));
        apiFunction.allow(Permissions.onTable(region, Permissions.READ_MODELS_WRITE));
        api.route(apiFunction.alias(), deployment.dashboard());

        JobFunction health = add(new JobFunction(this, Job.HEALTH_CHECK, code(deployment, Job.HEALTH_CHECK),
                healthEnvironment, null));
        List<Region> probed = primary ? List.of(region) : List.of(region, primaryRegion);
        for (Region watched : probed) {
            health.allow(Permissions.onTable(watched, Permissions.TABLE_PROBE));
            health.allow(Permissions.allow(List.of("lambda:GetFunction"),
                    List.of(Permissions.functionArn(watched, Job.API))));
        }
        health.allow(Permissions.onTable(region, Permissions.EVENT_LOG));
        health.allow(Permissions.onTable(region, Permissions.OPEN_PROBLEMS));
        publishAlerts(health, alertKey);
        schedule(health, "HealthCheckSchedule", Duration.minutes(1));

        JobFunction projection = add(new JobFunction(this, Job.PROJECTION, code(deployment, Job.PROJECTION),
                environment, null));
        projection.allow(Permissions.onTable(region, Permissions.EVENT_LOG));
        projection.allow(Permissions.onTable(region, Permissions.READ_MODELS_WRITE));
        bus.grantPutEventsTo(projection.function());
        projection.alias().addEventSource(DynamoEventSource.Builder.create(table.table())
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(REPLICATION_BATCH)
                .bisectBatchOnError(true)
                .reportBatchItemFailures(true)
                .retryAttempts(REPLICATION_RETRIES)
                .build());

        deployment.dns().ifPresent(dns -> {
            String zone = Permissions.hostedZoneArn(dns.hostedZoneId());
            // Only the health check reads the fence: it renews the region's write lease, which the API and the
            // projection read in the table.
            health.allow(Permissions.allow(List.of("route53:ListResourceRecordSets"), List.of(zone)));
            if (!primary) {
                // Only the secondary's health check promotes a region (the primary watches no one).
                health.allow(Permissions.allow(List.of("route53:ChangeResourceRecordSets"), List.of(zone)));
            }
        });

        Monitoring monitoring = new Monitoring(this, "Monitoring", alerts);
        List<JobFunction> replicators = new ArrayList<>();
        if (primary) {
            replicators.add(replication(deployment, region, environment, schedule, alertKey, monitoring));
            monitoring.watchBilling(deployment.monthlyBudget());
            domain.ifPresent(regional -> new FailoverRecords(this, "Failover", deployment.dns().orElseThrow(),
                    deployment.regions(), schedule));
        }
        functions.values().forEach(monitoring::watchFunction);
        monitoring.watchApi(api.api());
        monitoring.watchHealth(region);
        monitoring.dashboard(region, api.api(), table.table(), List.copyOf(functions.values()), replicators,
                primary ? PipelineStack.PROJECTS : List.of());

        CfnOutput.Builder.create(this, "ApiUrl").value(api.api().getUrl()).build();
    }

    public Topic alerts() {
        return alerts;
    }

    MetricsTable table() {
        return table;
    }

    Map<Job, JobFunction> functions() {
        return Map.copyOf(functions);
    }

    /** Where the replicator's failed batches go, in the primary. */
    Optional<Queue> deadLetters() {
        return deadLetters;
    }

    /**
     * The stream-fed replicator and the scheduled reconciler, both writing into the secondary's table. The
     * reconciler runs alone (reserved concurrency 1): its checkpoint assumes one replicator per route.
     */
    private JobFunction replication(DeploymentContext deployment, Region region, Map<String, String> environment,
            FailoverSchedule schedule, Key alertKey, Monitoring monitoring) {
        Region secondary = deployment.regions().secondary();
        Queue deadLetters = Queue.Builder.create(this, "ReplicationDeadLetters")
                .queueName("opsledger-replication-dead-letters")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        JobFunction replicator = add(new JobFunction(this, Job.REPLICATOR, code(deployment, Job.REPLICATOR),
                environment, null));
        JobFunction reconciler = add(new JobFunction(this, Job.RECONCILER, code(deployment, Job.RECONCILER),
                environment, 1));
        for (JobFunction job : List.of(replicator, reconciler)) {
            job.allow(Permissions.onTable(region, Permissions.EVENT_LOG));
            job.allow(Permissions.onTable(region, Permissions.OPEN_PROBLEMS));
            job.allow(Permissions.onTable(secondary, Permissions.EVENT_LOG));
            publishAlerts(job, alertKey);
        }
        replicator.alias().addEventSource(DynamoEventSource.Builder.create(table.table())
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(REPLICATION_BATCH)
                .bisectBatchOnError(true)
                .reportBatchItemFailures(true)
                .retryAttempts(REPLICATION_RETRIES)
                .onFailure(new SqsDlq(deadLetters))
                .build());
        schedule(reconciler, "ReconcileSchedule", Duration.seconds(schedule.reconcileInterval().toSeconds()));
        monitoring.watchReplication(replicator);
        this.deadLetters = Optional.of(deadLetters);
        return replicator;
    }

    /** Publishing to the encrypted topic: the topic, and the two key actions SNS needs for it. */
    private void publishAlerts(JobFunction job, Key alertKey) {
        job.allow(Permissions.allow(List.of("sns:Publish"), List.of(alerts.getTopicArn())));
        job.allow(Permissions.allow(List.of("kms:GenerateDataKey", "kms:Decrypt"), List.of(alertKey.getKeyArn())));
    }

    private JobFunction add(JobFunction function) {
        functions.put(function.job(), function);
        return function;
    }

    private void schedule(JobFunction job, String id, Duration every) {
        Rule.Builder.create(this, id)
                .description("Starts " + job.job().functionName() + " every " + every.toHumanString())
                .schedule(Schedule.rate(every))
                .targets(List.of(new LambdaFunction(job.alias())))
                .build();
    }

    private static Code code(DeploymentContext deployment, Job job) {
        return Code.fromAsset(deployment.lambdaJars().jarOf(job).toString());
    }

    /** {@link AwsSettings}' variables, the same for every function of the region. */
    private static Map<String, String> environment(DeploymentContext deployment, Region region, Topic alerts,
            EventBus bus, MetricsApi api) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(AwsSettings.TABLE, MetricsTable.TABLE_NAME);
        environment.put(AwsSettings.PRIMARY_REGION, deployment.regions().primary().name());
        environment.put(AwsSettings.SECONDARY_REGION, deployment.regions().secondary().name());
        environment.put(AwsSettings.EVENT_BUS, bus.getEventBusName());
        environment.put(AwsSettings.API_FUNCTION, Job.API.functionName());
        environment.put(AwsSettings.METRICS_NAMESPACE, AwsSettings.DEFAULT_METRICS_NAMESPACE);
        environment.put(AwsSettings.ALERT_TOPIC_ARN, alerts.getTopicArn());
        deployment.dns().ifPresentOrElse(dns -> {
            environment.put(AwsSettings.HOSTED_ZONE_ID, dns.hostedZoneId());
            environment.put(AwsSettings.RECORD_NAME, dns.recordName());
            environment.put(AwsSettings.API_ENDPOINTS, Stream.of(deployment.regions().primary(),
                            deployment.regions().secondary())
                    .map(each -> each.name() + "=https://" + dns.regionalName(each.name()))
                    .collect(Collectors.joining(",")));
        }, () -> environment.put(AwsSettings.API_ENDPOINTS, region.name() + "=https://" + api.api().getRestApiId()
                + ".execute-api." + region.name() + ".amazonaws.com/" + MetricsApi.STAGE));
        return environment;
    }
}
