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
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the SDK clients, each at most once per region, on first use: the URL-connection HTTP client
 * (the lightest to start), the region named, and the endpoint override if there is one. Credentials come
 * from the SDK's default chain, except for an override on this machine (dynalite, a test endpoint), which
 * gets fixed dummy credentials so that no AWS account is looked for, and except in a Lambda function
 * ({@link #inLambda}). Closing closes every client built.
 */
public final class AwsClients implements AutoCloseable {

    private static final AwsCredentialsProvider LOCAL_SERVER_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private final Optional<URI> endpointOverride;
    private final Lazy<AwsCredentialsProvider> credentials;
    private final Optional<Duration> callTimeout;
    private final Optional<ProfileFile> profileFile;
    private final Map<String, SdkClient> built = new ConcurrentHashMap<>();

    public AwsClients(Optional<URI> endpointOverride) {
        this(endpointOverride, credentialsFor(endpointOverride, () -> DefaultCredentialsProvider.builder().build()),
                Optional.empty(), Optional.empty());
    }

    private AwsClients(Optional<URI> endpointOverride, Lazy<AwsCredentialsProvider> credentials,
            Optional<Duration> callTimeout, Optional<ProfileFile> profileFile) {
        this.endpointOverride = endpointOverride;
        this.credentials = credentials;
        this.callTimeout = callTimeout;
        this.profileFile = profileFile;
    }

    /**
     * Clients for a DynamoDB-compatible server a command-line user named (dynalite, say), not AWS: dummy
     * credentials whatever the host is called, since such a server checks none and a missing AWS profile
     * must not hide an unknown host; and each call given up after {@code callTimeout}, one retry included,
     * so that a server that never answers is reported in seconds rather than after minutes of retries.
     */
    public static AwsClients forServer(URI endpoint, Duration callTimeout) {
        return new AwsClients(Optional.of(endpoint), new Lazy<>(() -> LOCAL_SERVER_CREDENTIALS),
                Optional.of(callTimeout), Optional.empty());
    }

    /**
     * Clients for a Lambda function, set up for its cold start: the two ways Lambda hands a function its
     * credentials (the environment's keys, else the container credentials endpoint, which SnapStart uses)
     * instead of the default chain's search, and no profile file read, since a function has none.
     */
    public static AwsClients inLambda(Optional<URI> endpointOverride) {
        return new AwsClients(endpointOverride, credentialsFor(endpointOverride, () -> AwsCredentialsProviderChain
                        .of(EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.create())),
                Optional.empty(), Optional.of(ProfileFile.aggregator().build()));
    }

    public DynamoDbClient dynamoDb(Region region) {
        return client("dynamodb", region, DynamoDbClient::builder);
    }

    /** Route 53 is global: one client, signed for {@code aws-global}. */
    public Route53Client route53() {
        return once("route53", () -> configured(Route53Client.builder(),
                software.amazon.awssdk.regions.Region.AWS_GLOBAL).build());
    }

    /**
     * The client of {@code service} (a key, such as {@code sns}) in {@code region}, built like every other:
     * how the adapters of services only some functions use get theirs without this class naming their SDK
     * modules, which the API function's jar leaves out.
     */
    public <C extends SdkClient, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C client(
            String service, Region region, Supplier<B> builder) {
        return once(service + "@" + region, () -> configured(builder.get(), region).build());
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
        credentials.ifBuilt().ifPresent(provider -> {
            if (provider instanceof SdkAutoCloseable closeable) {
                closeable.close();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkClient> C once(String key, Supplier<C> build) {
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
        });
        builder.overrideConfiguration(config -> {
            profileFile.ifPresent(file -> config.defaultProfileFileSupplier(() -> file));
            callTimeout.ifPresent(timeout -> config.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout.dividedBy(2))
                    .retryStrategy(retry -> retry.maxAttempts(2)));
        });
        return builder.credentialsProvider(credentials.get());
    }

    private static Lazy<AwsCredentialsProvider> credentialsFor(Optional<URI> endpointOverride,
            Supplier<AwsCredentialsProvider> aws) {
        if (endpointOverride.map(AwsClients::isLocal).orElse(false)) {
            return new Lazy<>(() -> LOCAL_SERVER_CREDENTIALS);
        }
        return new Lazy<>(aws);
    }
}
