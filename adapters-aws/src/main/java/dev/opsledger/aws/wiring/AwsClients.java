package dev.opsledger.aws.wiring;

import dev.opsledger.domain.shared.Region;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Builds the SDK clients, each at most once per region, on first use: the URL-connection HTTP client
 * (the lightest to start), the region named, and the endpoint override if there is one. Credentials come
 * from the SDK's default chain, except for an override on this machine (dynalite, a test endpoint), which
 * gets fixed dummy credentials so that no AWS account is looked for. Closing closes every client built.
 */
public final class AwsClients implements AutoCloseable {

    private static final AwsCredentialsProvider LOCAL_SERVER_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private final Optional<URI> endpointOverride;
    private final boolean dummyCredentials;
    private final Optional<Duration> callTimeout;
    private final Lazy<DefaultCredentialsProvider> defaultChain =
            new Lazy<>(() -> DefaultCredentialsProvider.builder().build());
    private final Map<String, SdkClient> built = new ConcurrentHashMap<>();

    public AwsClients(Optional<URI> endpointOverride) {
        this(endpointOverride, endpointOverride.map(AwsClients::isLocal).orElse(false), Optional.empty());
    }

    private AwsClients(Optional<URI> endpointOverride, boolean dummyCredentials,
            Optional<Duration> callTimeout) {
        this.endpointOverride = endpointOverride;
        this.dummyCredentials = dummyCredentials;
        this.callTimeout = callTimeout;
    }

    /**
     * Clients for a DynamoDB-compatible server a command-line user named (dynalite, say), not AWS: dummy
     * credentials whatever the host is called, since such a server checks none and a missing AWS profile
     * must not hide an unknown host; and each call given up after {@code callTimeout}, one retry included,
     * so that a server that never answers is reported in seconds rather than after minutes of retries.
     */
    public static AwsClients forServer(URI endpoint, Duration callTimeout) {
        return new AwsClients(Optional.of(endpoint), true, Optional.of(callTimeout));
    }

    public DynamoDbClient dynamoDb(Region region) {
        return client("dynamodb@" + region, () -> configured(DynamoDbClient.builder(), region).build());
    }

    public LambdaClient lambda(Region region) {
        return client("lambda@" + region, () -> configured(LambdaClient.builder(), region).build());
    }

    public EventBridgeClient eventBridge(Region region) {
        return client("events@" + region, () -> configured(EventBridgeClient.builder(), region).build());
    }

    public SnsClient sns(Region region) {
        return client("sns@" + region, () -> configured(SnsClient.builder(), region).build());
    }

    /** Route 53 is global: one client, signed for {@code aws-global}. */
    public Route53Client route53() {
        return client("route53", () -> configured(Route53Client.builder(),
                software.amazon.awssdk.regions.Region.AWS_GLOBAL).build());
    }

    /** Whether calls go to a server on this machine, which gets dummy credentials. */
    public static boolean isLocal(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are resolved, so that deciding never waits on a DNS lookup.
        boolean literal = host.matches("[0-9.]+") || host.startsWith("[");
        try {
            return literal && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    @Override
    public void close() {
        List<SdkClient> clients = new ArrayList<>(built.values());
        built.clear();
        clients.forEach(SdkClient::close);
        defaultChain.ifBuilt().ifPresent(DefaultCredentialsProvider::close);
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkClient> C client(String key, Supplier<C> build) {
        return (C) built.computeIfAbsent(key, unbuilt -> build.get());
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(B builder, Region region) {
        return configured(builder, software.amazon.awssdk.regions.Region.of(region.name()));
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(B builder,
            software.amazon.awssdk.regions.Region region) {
        UrlConnectionHttpClient.Builder http = UrlConnectionHttpClient.builder();
        builder.region(region).httpClientBuilder(http);
        endpointOverride.ifPresent(builder::endpointOverride);
        callTimeout.ifPresent(timeout -> {
            Duration attempt = timeout.dividedBy(2);
            http.connectionTimeout(attempt).socketTimeout(attempt);
            builder.overrideConfiguration(config -> config.apiCallTimeout(timeout).apiCallAttemptTimeout(attempt)
                    .retryStrategy(retry -> retry.maxAttempts(2)));
        });
        return builder.credentialsProvider(dummyCredentials ? LOCAL_SERVER_CREDENTIALS : defaultChain.get());
    }
}
