package dev.opsledger.lambda.runtime;

import dev.opsledger.application.port.WriteLease;
import dev.opsledger.aws.dynalite.Dynalite;
import dev.opsledger.aws.dynamodb.DynamoDbEventStore;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import dev.opsledger.aws.fencing.DynamoDbWriteLeases;
import dev.opsledger.aws.wiring.AwsSettings;
import dev.opsledger.domain.failover.ActiveRegion;
import dev.opsledger.domain.shared.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Two regions for functions under the runtime client: a dynalite per region holding the event table, and
 * one {@link AwsStandIn} every SDK client of the function is pointed at. Each function runs from the packaged
 * jar that deploys it (ApiHandler from the API's, the others from the background functions'), unpacked once
 * per test JVM.
 */
public final class FunctionTestbed implements AutoCloseable {

    public static final String EAST = "us-east-1";
    public static final String WEST = "us-west-2";
    public static final String RECORD_NAME = "api.opsledger.example";
    public static final String API_HANDLER = "dev.opsledger.lambda.ApiHandler";
    private static final Path BUILD_DIR = Path.of(System.getProperty("basedir", "."), "target");

    private final Dynalite east = Dynalite.start();
    private final Dynalite west = Dynalite.start();
    private final String table = "DevOpsMetrics-" + UUID.randomUUID();
    private final AwsStandIn aws;
    private final List<RuntimeClientProcess> started = new ArrayList<>();

    public FunctionTestbed() {
        createTable(east.client());
        createTable(west.client());
        aws = new AwsStandIn(Map.of(EAST, east.endpoint(), WEST, west.endpoint()), RECORD_NAME);
        grantWriteLease(EAST);
        grantWriteLease(WEST);
    }

    /** The lease a region's health check records from the stand-in's fence (us-east-1 at epoch 0), for an hour. */
    private void grantWriteLease(String region) {
        Instant now = Instant.now();
        new DynamoDbWriteLeases(dynamoDb(region), table).record(
                new WriteLease(new ActiveRegion(new Region(EAST), 0), now, now.plus(Duration.ofHours(1))));
    }

    /** The region's write lease as its table holds it. */
    public Optional<WriteLease> writeLease(String region) {
        return new DynamoDbWriteLeases(dynamoDb(region), table).current();
    }

    public AwsStandIn aws() {
        return aws;
    }

    public String table() {
        return table;
    }

    public DynamoDbClient dynamoDb(String region) {
        return (region.equals(EAST) ? east : west).client();
    }

    public DynamoDbEventStore eventStore(String region) {
        return new DynamoDbEventStore(dynamoDb(region), table, Clock.systemUTC());
    }

    /** The commit items of a region's table, oldest first: what its change stream would carry. */
    public List<Map<String, AttributeValue>> commitItems(String region) {
        return dynamoDb(region).scan(scan -> scan.tableName(table)).items().stream()
                .filter(item -> item.containsKey(EventTableSchema.EVENTS))
                .sorted(Comparator.comparing(item -> item.get(EventTableSchema.COMMITTED_AT).s()))
                .toList();
    }

    /** The environment a deployed function of {@code region} has, its AWS endpoints all on this machine. */
    public Map<String, String> environment(String region) {
        Map<String, String> environment = new HashMap<>();
        environment.put(AwsSettings.REGION, region);
        environment.put(AwsSettings.TABLE, table);
        environment.put(AwsSettings.ENDPOINT_OVERRIDE, aws.uri().toString());
        environment.put(AwsSettings.ALERT_TOPIC_ARN, "arn:aws:sns:" + region + ":123456789012:opsledger-alerts");
        environment.put(AwsSettings.EVENT_BUS, "opsledger");
        environment.put(AwsSettings.HOSTED_ZONE_ID, "Z0OPSLEDGER");
        environment.put(AwsSettings.RECORD_NAME, RECORD_NAME);
        environment.put(AwsSettings.API_ENDPOINTS, EAST + "=" + aws.uri() + "," + WEST + "=" + aws.uri());
        environment.put(AwsSettings.API_FUNCTION, "opsledger-api");
        return environment;
    }

    /** Starts {@code handler} from the packaged jar that deploys it, under the runtime client, in {@code region}. */
    public RuntimeClientProcess start(String handler, String region, Map<String, String> extraEnvironment,
            RuntimeApiEndpoint runtimeApi) {
        Map<String, String> environment = environment(region);
        environment.putAll(extraEnvironment);
        RuntimeClientProcess process = RuntimeClientProcess.start(
                RuntimeClientProcess.Launch.of(deploying(handler), handler, runtimeApi, environment),
                scratch("run"));
        started.add(process);
        return process;
    }

    @Override
    public void close() {
        started.forEach(RuntimeClientProcess::close);
        aws.close();
        east.close();
        west.close();
    }

    public static Path scratch(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(BUILD_DIR.resolve("runtime-client")), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createTable(DynamoDbClient client) {
        client.createTable(EventTableSchema.createTableRequest(table));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (client.describeTable(describe -> describe.tableName(table)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + table + " is not active after 30 s");
            }
            Thread.onSpinWait();
        }
    }

    /** The task root of the jar {@code handler} is deployed from. */
    public static UnpackedFunction deploying(String handler) {
        return handler.startsWith(API_HANDLER + "::") ? ApiJar.UNPACKED : LambdaJar.UNPACKED;
    }

    /** Each jar unpacked once per JVM, when first needed: every function process it deploys starts there. */
    private static final class ApiJar {
        static final UnpackedFunction UNPACKED = UnpackedFunction.unpack(UnpackedFunction.apiJar(), scratch("api-root"));
    }

    private static final class LambdaJar {
        static final UnpackedFunction UNPACKED =
                UnpackedFunction.unpack(UnpackedFunction.lambdaJar(), scratch("lambda-root"));
    }
}
