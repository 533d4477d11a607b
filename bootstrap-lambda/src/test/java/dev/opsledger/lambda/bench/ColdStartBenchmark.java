package dev.opsledger.lambda.bench;

import static dev.opsledger.lambda.runtime.FunctionTestbed.EAST;

import dev.opsledger.lambda.runtime.FunctionTestbed;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint;
import dev.opsledger.lambda.runtime.RuntimeApiEndpoint.Answer;
import dev.opsledger.lambda.runtime.RuntimeClientProcess;
import dev.opsledger.lambda.runtime.RuntimeClientProcess.Launch;
import dev.opsledger.lambda.runtime.LambdaEventSamples;
import dev.opsledger.lambda.runtime.UnpackedFunction;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Cold start through the real runtime client: JVM launch to the first answer, for ApiHandler with its
 * production wiring (a POST /metrics: Route 53's fence read and a DynamoDB put, both on loopback) and for a
 * hello-world proxy handler, in the same run, alternating, with the managed runtime's JVM flags and the
 * child pinned to one CPU. Not a test: see docs/performance.md for how it is run.
 *
 * <p>Arguments: {@code runs=N} (default 10).
 */
public final class ColdStartBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> PINNED = List.of("taskset", "-c", "0");

    public static void main(String[] args) throws Exception {
        int runs = Stream.of(args).filter(arg -> arg.startsWith("runs=")).map(arg -> Integer.parseInt(arg.substring(5)))
                .findFirst().orElse(10);
        Path jar = UnpackedFunction.packagedJar();
        UnpackedFunction opsledger = UnpackedFunction.unpack(jar, FunctionTestbed.scratch("bench-opsledger"));
        UnpackedFunction hello = helloWorld(FunctionTestbed.scratch("bench-hello"));
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        try (FunctionTestbed testbed = new FunctionTestbed()) {
            for (int run = 0; run < runs; run++) {
                measure(millis, "ApiHandler (stream, production wiring)", opsledger,
                        "dev.opsledger.lambda.ApiHandler::handleRequest", testbed.environment(EAST), apiRequest());
                measure(millis, "hello world (RequestHandler, POJO events)", hello,
                        "dev.opsledger.lambda.bench.HelloWorldHandler::handleRequest", Map.of(), helloRequest());
                measure(millis, "hello world (RequestStreamHandler, one ObjectMapper)", hello,
                        "dev.opsledger.lambda.bench.HelloWorldStreamHandler::handleRequest", Map.of(), helloRequest());
            }
        }
        report(millis, jar, runs);
    }

    private static void measure(Map<String, List<Long>> millis, String name, UnpackedFunction function, String handler,
            Map<String, String> environment, String event) {
        try (RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint()) {
            CompletableFuture<Answer> answer = runtimeApi.queue(event);
            long launched = System.nanoTime();
            try (RuntimeClientProcess process = RuntimeClientProcess.start(
                    Launch.of(function, handler, runtimeApi, environment).under(PINNED), FunctionTestbed.scratch("bench-run"))) {
                Answer first = RuntimeApiEndpoint.await(answer, TIMEOUT);
                if (!first.succeeded() || first.body().contains("\"statusCode\":5")) {
                    throw new IllegalStateException(name + " failed: " + first.body() + "\n" + process.log());
                }
                millis.computeIfAbsent(name, unused -> new ArrayList<>())
                        .add((first.receivedAtNanos() - launched) / 1_000_000);
            }
        }
    }

    private static void report(Map<String, List<Long>> millis, Path jar, int runs) throws IOException {
        System.out.printf("%nCold start, JVM launch -> first answer, %d runs each, taskset -c 0, %s%n", runs,
                String.join(" ", RuntimeClientProcess.MANAGED_RUNTIME_FLAGS));
        System.out.println("| function | median ms | min ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        Map<String, Long> medians = new LinkedHashMap<>();
        millis.forEach((name, samples) -> {
            List<Long> sorted = samples.stream().sorted().toList();
            long median = median(sorted);
            medians.put(name, median);
            System.out.printf("| %s | %d | %d | %d |%n", name, median, sorted.getFirst(), sorted.getLast());
        });
        List<Long> values = List.copyOf(medians.values());
        System.out.printf("ratio ApiHandler / hello world (POJO): %.2f%n", values.get(0) / (double) values.get(1));
        System.out.printf("ratio hello POJO / hello stream: %.2f%n", values.get(1) / (double) values.get(2));
        System.out.printf("opsledger-lambda.jar: %.1f MB (%d bytes)%n", Files.size(jar) / 1_000_000.0, Files.size(jar));
    }

    private static long median(List<Long> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String apiRequest() {
        Instant finishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        return LambdaEventSamples.proxyEvent("POST", "/metrics", Map.of(), """
                {"type": "deployment", "id": "bench-%s", "service": "checkout", "environment": "production",
                 "version": "1.4.2", "changes": [{"sha": "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b", "committedAt": "%s"}],
                 "startedAt": "%s", "finishedAt": "%s", "outcome": "succeeded"}"""
                .formatted(UUID.randomUUID(), finishedAt.minusSeconds(3600), finishedAt.minusSeconds(600), finishedAt));
    }

    private static String helloRequest() {
        return LambdaEventSamples.proxyEvent("GET", "/hello", Map.of(), null);
    }

    /** A task root holding only the hello-world handlers, with the events library (and its joda-time) and Jackson under lib/. */
    private static UnpackedFunction helloWorld(Path taskRoot) throws Exception {
        Path testClasses = Path.of(HelloWorldHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Files.createDirectories(taskRoot.resolve("dev/opsledger/lambda/bench"));
        for (Class<?> handler : List.of(HelloWorldHandler.class, HelloWorldStreamHandler.class)) {
            String file = handler.getSimpleName() + ".class";
            Files.copy(testClasses.resolve("dev/opsledger/lambda/bench").resolve(file), classes.resolve(file));
        }
        Path lib = Files.createDirectories(taskRoot.resolve("lib"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-events-") || name.startsWith("joda-time-") || name.startsWith("jackson-core-")
                    || name.startsWith("jackson-databind-") || name.startsWith("jackson-annotations-")) {
                Files.copy(Path.of(entry), lib.resolve(name));
            }
        }
        return new UnpackedFunction(taskRoot);
    }
}
