package dev.opsledger.aws.wiring;

import dev.opsledger.application.health.summary.HealthSummaryReadModel;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.MetricsRecorder;
import dev.opsledger.application.port.TrafficRouter;
import dev.opsledger.application.port.WriteLeases;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.DynamoDbStreamChangeFeed;
import dev.opsledger.aws.emf.EmfMetricsRecorder;
import dev.opsledger.aws.fencing.DynamoDbWriteLeases;
import dev.opsledger.aws.json.EventCodec;
import dev.opsledger.aws.readmodel.DynamoDbDoraReadModel;
import dev.opsledger.aws.readmodel.DynamoDbHealthSummary;
import dev.opsledger.aws.route53.Route53TrafficRouter;
import dev.opsledger.aws.sns.DynamoDbOpenProblems;
import dev.opsledger.aws.sns.OpenProblems;
import dev.opsledger.domain.shared.Region;
import java.io.PrintStream;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one place that builds a region's AWS adapters from its {@link AwsSettings}: those over the region's
 * table, Route 53 and the metrics stream (the API function uses all but Route 53); {@link AwsBackgroundAdapters} adds
 * the EventBridge, SNS and Lambda ones over the same clients. A Lambda handler keeps one instance per
 * container and asks for what it uses: every adapter and SDK client is built on first use and then kept,
 * so nothing is built twice and nothing a function does not use is built at all. No reflection, no
 * container: plain constructors. An adapter whose optional setting is missing fails when asked for,
 * naming the environment variable.
 */
public final class AwsRegionAdapters implements AutoCloseable {

    private final AwsSettings settings;
    private final InstantSource clock;
    private final AwsClients clients;
    private final Lazy<EventCodec> codec = new Lazy<>(EventCodec::new);
    private final Lazy<EventStore> eventStore;
    private final Lazy<DynamoDbDoraReadModel> doraReadModel;
    private final Lazy<HealthSummaryReadModel> healthSummary;
    private final Lazy<DynamoDbStreamChangeFeed> changeFeed;
    private final Lazy<OpenProblems> openProblems;
    private final Lazy<MetricsRecorder> metrics;
    private final Lazy<TrafficRouter> router;
    private final Lazy<WriteLeases> writeLeases;

    /** As a Lambda runs it: the system clock, and metrics on standard output. */
    public AwsRegionAdapters(AwsSettings settings) {
        this(settings, Clock.systemUTC(), System.out);
    }

    public AwsRegionAdapters(AwsSettings settings, InstantSource clock, PrintStream metricsOut) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metricsOut, "metricsOut");
        this.clients = AwsClients.inLambda(settings.endpointOverride());
        this.eventStore = new Lazy<>(() ->
                new DynamoDbEventStore(dynamoDb(), settings.tableName(), clock, codec.get()));
        this.doraReadModel = new Lazy<>(() -> new DynamoDbDoraReadModel(dynamoDb(), settings.tableName()));
        this.healthSummary = new Lazy<>(() -> new DynamoDbHealthSummary(dynamoDb(), settings.tableName()));
        this.changeFeed = new Lazy<>(() -> new DynamoDbStreamChangeFeed(codec.get()));
        this.openProblems = new Lazy<>(() -> new DynamoDbOpenProblems(dynamoDb(), settings.tableName()));
        this.metrics = new Lazy<>(() -> new EmfMetricsRecorder(metricsOut, settings.metricsNamespace(), clock));
        this.router = new Lazy<>(this::buildRouter);
        this.writeLeases = new Lazy<>(() -> new DynamoDbWriteLeases(dynamoDb(), settings.tableName()));
    }

    public AwsSettings settings() {
        return settings;
    }

    /** The region's event table. */
    public EventStore eventStore() {
        return eventStore.get();
    }

    public DynamoDbDoraReadModel doraReadModel() {
        return doraReadModel.get();
    }

    public HealthSummaryReadModel healthSummary() {
        return healthSummary.get();
    }

    /** Reads the commits out of the table's change-stream records, with the event store's codec. */
    public DynamoDbStreamChangeFeed changeFeed() {
        return changeFeed.get();
    }

    /** The alerts already sent and not yet resolved, kept in the region's table so every container agrees. */
    public OpenProblems openProblems() {
        return openProblems.get();
    }

    /** CloudWatch metrics as Embedded Metric Format lines on the metrics stream (standard output in Lambda). */
    public MetricsRecorder metrics() {
        return metrics.get();
    }

    /**
     * Route 53's failover records, the authority for the active region and its fencing epoch; without a
     * hosted zone ({@value AwsSettings#HOSTED_ZONE_ID} unset) a router that keeps the primary active.
     */
    public TrafficRouter router() {
        return router.get();
    }

    /** The region's write lease in its table: what its API reads before each write, and its checker renews. */
    public WriteLeases writeLeases() {
        return writeLeases.get();
    }

    /** Closes the SDK clients built so far. A Lambda container never needs to: they live as long as it does. */
    @Override
    public void close() {
        clients.close();
    }

    InstantSource clock() {
        return clock;
    }

    AwsClients clients() {
        return clients;
    }

    EventCodec codec() {
        return codec.get();
    }

    private DynamoDbClient dynamoDb() {
        return clients.dynamoDb(settings.region());
    }

    /** The failover records point at each region's API host; without a hosted zone, the primary stays active. */
    private TrafficRouter buildRouter() {
        if (settings.hostedZoneId().isEmpty()) {
            return new PrimaryOnlyRouter(settings.regions().primary());
        }
        String zone = settings.hostedZoneId().get();
        String name = AwsSettings.required(settings.recordName(), AwsSettings.RECORD_NAME, "the Route 53 router");
        Map<Region, String> targets = settings.apiEndpoints().entrySet().stream()
                .filter(api -> settings.regions().contains(api.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, api -> api.getValue().getHost()));
        if (targets.size() != 2) {
            throw new IllegalStateException("the environment variable " + AwsSettings.API_ENDPOINTS + " must name the"
                    + " API of both " + settings.regions().primary() + " and " + settings.regions().secondary()
                    + " (needed by the Route 53 router), it names " + settings.apiEndpoints().keySet());
        }
        return new Route53TrafficRouter(clients.route53(), zone, name, targets);
    }
}
