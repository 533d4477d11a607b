package dev.opsledger.aws.dynalite;

import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * dynalite, the DynamoDB-compatible server pinned in {@code src/test/node}, run as a real server for the
 * tests. {@link #shared()} is one server per test JVM, started on first use; {@link #start()} starts
 * another (two regions, say) that the caller closes. A server stops when closed, at JVM shutdown, and,
 * should the JVM die without running its hooks, when its stdin closes with the JVM's end of the pipe.
 */
public final class Dynalite implements AutoCloseable {

    private static final Path MODULE_DIR = Path.of(System.getProperty("basedir", "."));
    /** Another module using this class from the test-jar points {@code dynalite.dir} at its own install. */
    private static final Path NODE_DIR = Path.of(System.getProperty("dynalite.dir", MODULE_DIR.resolve("src/test/node").toString()));
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final URI endpoint;
    private volatile DynamoDbClient sharedClient;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    private static final class Shared {
        static final Dynalite SERVER = start();
    }

    public static Dynalite shared() {
        return Shared.SERVER;
    }

    public static Dynalite start() {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/dynalite"))) {
            throw new IllegalStateException("dynalite is not installed in " + NODE_DIR.toAbsolutePath()
                    + ": run `npm ci` there (the Maven build does so before the tests)");
        }
        Process process;
        try {
            Path log = Files.createDirectories(MODULE_DIR.resolve("target")).resolve("dynalite.log");
            process = new ProcessBuilder("node", "start-dynalite.js")
                    .directory(NODE_DIR.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException noNode) {
            throw new IllegalStateException("the DynamoDB tests run dynalite on Node.js, and `node` could not be started ("
                    + noNode.getMessage() + "): install Node.js >= 20 and put `node` on the PATH", noNode);
        }
        Dynalite server = new Dynalite(process, URI.create("http://127.0.0.1:" + portPrintedBy(process)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynalite-stop"));
        return server;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client shared by the tests of this server, with the SDK's default retries. */
    public DynamoDbClient client() {
        if (sharedClient == null) {
            synchronized (this) {
                if (sharedClient == null) {
                    sharedClient = clientFor(endpoint, configuration -> { });
                }
            }
        }
        return sharedClient;
    }

    /** A new, active table laid out by {@link EventTableSchema}, under a fresh random name that it returns. */
    public String createEventTable() {
        String tableName = "events-" + UUID.randomUUID();
        client().createTable(EventTableSchema.createTableRequest(tableName));
        awaitActive(tableName);
        return tableName;
    }

    /** dynalite answers CreateTable before it marks the table active, even with createTableMs 0. */
    private void awaitActive(String tableName) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (client().describeTable(describe -> describe.tableName(tableName)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + tableName + " is still not active after " + START_TIMEOUT_SECONDS + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** A client of any endpoint speaking DynamoDB (this server, or a proxy in front of it). */
    public static DynamoDbClient clientFor(URI endpoint, Consumer<ClientOverrideConfiguration.Builder> configuration) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynalite", "dynalite")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(configuration)
                .build();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // the server stops either way: it is destroyed below
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int portPrintedBy(Process process) {
        BufferedReader output = process.inputReader(StandardCharsets.UTF_8);
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return output.readLine();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
        try {
            String line = firstLine.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("dynalite exited at start with code " + process.waitFor()
                        + "; its errors are in target/dynalite.log");
            }
            return Integer.parseInt(line.strip());
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dynalite was starting", interrupted);
        } catch (TimeoutException | ExecutionException | NumberFormatException failed) {
            process.destroyForcibly();
            throw new IllegalStateException("dynalite did not print its port within " + START_TIMEOUT_SECONDS
                    + " s; its errors are in target/dynalite.log", failed);
        }
    }
}
