package dev.opsledger.aws.wiring;

import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.HealthProbe;
import dev.opsledger.aws.eventbridge.EventBridgePublisher;
import dev.opsledger.aws.probe.DynamoDbTableProbe;
import dev.opsledger.aws.probe.HttpApiProbe;
import dev.opsledger.aws.probe.LambdaFunctionProbe;
import dev.opsledger.aws.sns.SnsAlertNotifier;
import dev.opsledger.domain.shared.Region;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * What the background functions use on top of a region's {@link AwsRegionAdapters}: the EventBridge
 * publisher, the SNS notifier and the health probes, built on first use over the same settings, SDK
 * clients and codec. Kept apart so that the API function's wiring never refers to the EventBridge, SNS and
 * Lambda SDK modules, which its jar leaves out. Closing the region's adapters closes the clients built here.
 */
public final class AwsBackgroundAdapters {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final AwsRegionAdapters adapters;
    private final Lazy<EventPublisher> publisher;
    private final Lazy<AlertNotifier> notifier;
    private final Lazy<List<HealthProbe>> probes;

    public AwsBackgroundAdapters(AwsRegionAdapters adapters) {
        this.adapters = Objects.requireNonNull(adapters, "adapters");
        AwsSettings settings = adapters.settings();
        AwsClients clients = adapters.clients();
        this.publisher = new Lazy<>(() -> new EventBridgePublisher(
                clients.client("events", settings.region(), EventBridgeClient::builder),
                AwsSettings.required(settings.eventBusName(), AwsSettings.EVENT_BUS, "the EventBridge publisher"),
                event -> adapters.codec().encode(event.event()).json()));
        this.notifier = new Lazy<>(() -> new SnsAlertNotifier(clients.client("sns", settings.region(), SnsClient::builder),
                AwsSettings.required(settings.alertTopicArn(), AwsSettings.ALERT_TOPIC_ARN, "the SNS alert notifier"),
                adapters.openProblems()));
        this.probes = new Lazy<>(this::buildProbes);
    }

    public EventPublisher publisher() {
        return publisher.get();
    }

    /** SNS, deduplicated through the region's {@link AwsRegionAdapters#openProblems() open problems}. */
    public AlertNotifier notifier() {
        return notifier.get();
    }

    /** The API, the table and the API function of any region of the pair, each probed within {@link #PROBE_TIMEOUT}. */
    public List<HealthProbe> probes() {
        return probes.get();
    }

    private List<HealthProbe> buildProbes() {
        AwsSettings settings = adapters.settings();
        Map<Region, URI> apis = settings.apiEndpoints();
        if (apis.isEmpty()) {
            throw new IllegalStateException("the environment variable " + AwsSettings.API_ENDPOINTS
                    + " is not set (needed by the health probes)");
        }
        String function =
                AwsSettings.required(settings.apiFunctionName(), AwsSettings.API_FUNCTION, "the health probes");
        AwsClients clients = adapters.clients();
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        return List.of(
                new HttpApiProbe(http, apis, PROBE_TIMEOUT, adapters.clock()),
                new DynamoDbTableProbe(clients::dynamoDb, settings.tableName(), PROBE_TIMEOUT, adapters.clock()),
                new LambdaFunctionProbe(probed -> clients.client("lambda", probed, LambdaClient::builder), function,
                        PROBE_TIMEOUT, adapters.clock()));
    }
}
