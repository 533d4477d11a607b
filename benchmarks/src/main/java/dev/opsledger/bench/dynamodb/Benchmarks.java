package dev.opsledger.bench.dynamodb;

import dev.opsledger.aws.dynalite.Dynalite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB benchmark harness (docs/performance.md): appends, appends to a long stream, replication
 * catch-up, the reads of a DORA report and those of a health-check cold start, each on a dynalite of its own and each beside a baseline measured in the same run, since
 * only ratios survive a shared, noisy machine. Prints a Markdown table and writes it to
 * {@code target/benchmarks.md}. Arguments are {@code key=value} (see {@link BenchSettings}).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] arguments) throws IOException {
        // The JDK keeps at most 5 idle connections per host by default: 8 writers would reconnect all the time.
        System.setProperty("http.maxConnections", "32");
        BenchSettings settings = BenchSettings.parse(arguments);
        Instant began = Instant.now();
        System.out.println("OpsLedger DynamoDB benchmarks on dynalite: " + settings);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")");
        ResultsTable results = new ResultsTable();
        if (settings.runs(BenchSettings.APPEND)) {
            try (Dynalite server = Dynalite.start()) {
                CallCounter counter = new CallCounter();
                results.add(new AppendBenchmark(counted(server, counter), counter, settings).run());
            }
        }
        if (settings.runs(BenchSettings.STREAM_LENGTH)) {
            try (Dynalite server = Dynalite.start()) {
                CallCounter counter = new CallCounter();
                results.add(new StreamLengthBenchmark(counted(server, counter), counter, settings).run());
            }
        }
        if (settings.runs(BenchSettings.REPLICATION)) {
            try (Dynalite server = Dynalite.start()) {
                CallCounter sourceCounter = new CallCounter();
                CallCounter targetCounter = new CallCounter();
                results.add(new ReplicationBenchmark(counted(server, sourceCounter), sourceCounter,
                        counted(server, targetCounter), targetCounter, settings).run());
            }
        }
        if (settings.runs(BenchSettings.DORA)) {
            try (Dynalite server = Dynalite.start()) {
                CallCounter counter = new CallCounter();
                results.add(new DoraReadsBenchmark(counted(server, counter), counter, settings).run());
            }
        }
        if (settings.runs(BenchSettings.COLD_START)) {
            try (Dynalite server = Dynalite.start()) {
                CallCounter counter = new CallCounter();
                results.add(new HealthColdStartBenchmark(counted(server, counter), counter, settings).run());
            }
        }
        String table = results.render();
        System.out.println();
        System.out.print(table);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java " + Runtime.version());
        System.out.println("took " + Duration.between(began, Instant.now()).toSeconds() + " s");
        Path written = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target")).resolve("benchmarks.md");
        Files.writeString(written, "Arguments: " + settings + "\n\n" + table);
        System.out.println("written to " + written);
    }

    private static DynamoDbClient counted(Dynalite server, CallCounter counter) {
        return Dynalite.clientFor(server.endpoint(), configuration -> configuration.addExecutionInterceptor(counter));
    }
}
