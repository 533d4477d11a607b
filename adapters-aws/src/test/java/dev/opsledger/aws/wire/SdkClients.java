package dev.opsledger.aws.wire;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Real SDK clients aimed at a {@link WireEndpoint}: the URL-connection HTTP client as in production,
 * fixed test credentials, and the SDK's standard retries (3 attempts) without the waits between them.
 */
public final class SdkClients {

    public static final int SDK_ATTEMPTS = 3;

    private SdkClients() {
    }

    public static EventBridgeClient eventBridge(WireEndpoint endpoint) {
        return configure(EventBridgeClient.builder(), endpoint.uri(), Region.US_EAST_1).build();
    }

    public static SnsClient sns(WireEndpoint endpoint) {
        return configure(SnsClient.builder(), endpoint.uri(), Region.US_EAST_1).build();
    }

    public static Route53Client route53(WireEndpoint endpoint) {
        return configure(Route53Client.builder(), endpoint.uri(), Region.AWS_GLOBAL).build();
    }

    public static DynamoDbClient dynamoDb(WireEndpoint endpoint) {
        return configure(DynamoDbClient.builder(), endpoint.uri(), Region.US_EAST_1).build();
    }

    public static LambdaClient lambda(WireEndpoint endpoint) {
        return configure(LambdaClient.builder(), endpoint.uri(), Region.US_EAST_1).build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint, Region region) {
        return builder
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(SDK_ATTEMPTS)
                                .backoffStrategy(BackoffStrategy.retryImmediately())
                                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                                .circuitBreakerEnabled(false)
                                .build())
                        .build());
    }
}
