package dev.opsledger.bench.lambda;

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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Cold start through the real runtime client: JVM launch to the first answer, for ApiHandler run from the
 * API's jar with its production wiring (a POST /metrics: the write lease's read, the stream's, the put and the
 * read model's writes, on a DynamoDB on loopback), for a hello-world proxy handler, and for the floor under any
 * API on DynamoDB (its client and one call, {@link DynamoDbFloorHandler}), in the same run, alternating, with the
 * managed runtime's JVM flags and the child pinned to one CPU. Not a test: see docs/performance.md for how it is run.
 *
 * <p>Arguments: {@code runs=N} (default 10); {@code compare=<jar>} also measures ApiHandler from that jar (one
 * packaged from another commit) in the same runs, so that a change is judged under the same load.
 */
public final class ColdStartBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> PINNED = List.of("taskset", "-c", "0");

    public static void main(String[] args) throws Exception {
        int runs = argument(args, "runs=").map(Integer::parseInt).orElse(10);
        Optional<UnpackedFunction> compared = argument(args, "compare=")
                .map(jar -> UnpackedFunction.unpack(Path.of(jar), FunctionTestbed.scratch("bench-compared")));
        UnpackedFunction api = UnpackedFunction.unpack(UnpackedFunction.apiJar(), FunctionTestbed.scratch("bench-api"));
        UnpackedFunction hello = helloWorld(FunctionTestbed.scratch("bench-hello"));
        UnpackedFunction floor = withClasses(UnpackedFunction.unpack(UnpackedFunction.apiJar(),
                FunctionTestbed.scratch("bench-floor")), List.of(DynamoDbFloorHandler.class));
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        try (FunctionTestbed testbed = new FunctionTestbed()) {
            for (int run = 0; run < runs; run++) {
                measure(samples, "ApiHandler (stream, production wiring)", api,
                        FunctionTestbed.API_HANDLER + "::handleRequest", testbed.environment(EAST), apiRequest());
                measure(samples, "hello world (RequestHandler, POJO events)", hello,
                        HelloWorldHandler.class.getName() + "::handleRequest", Map.of(), helloRequest());
                measure(samples, "hello world (RequestStreamHandler, one ObjectMapper)", hello,
                        HelloWorldStreamHandler.class.getName() + "::handleRequest", Map.of(), helloRequest());
                measure(samples, "floor: the API's DynamoDB client and one GetItem, nothing else", floor,
                        DynamoDbFloorHandler.class.getName() + "::handleRequest", testbed.environment(EAST), helloRequest());
                if (compared.isPresent()) {
                    measure(samples, "ApiHandler from the compared jar", compared.get(),
                            FunctionTestbed.API_HANDLER + "::handleRequest", testbed.environment(EAST), apiRequest());
                }
            }
        }
        report(samples, runs);
    }

    private static Optional<String> argument(String[] args, String prefix) {
        return Stream.of(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst();
    }

    /** One cold start: its wall-clock time, and the CPU time the function's JVM had used by its first answer. */
    private record Sample(long wallMillis, long cpuMillis) {
    }

    private static void measure(Map<String, List<Sample>> samples, String name, UnpackedFunction function,
            String handler, Map<String, String> environment, String event) {
        try (RuntimeApiEndpoint runtimeApi = new RuntimeApiEndpoint()) {
            CompletableFuture<Answer> answer = runtimeApi.queue(event);
            long launched = System.nanoTime();
            try (RuntimeClientProcess process = RuntimeClientProcess.start(
                    Launch.of(function, handler, runtimeApi, environment).under(PINNED), FunctionTestbed.scratch("bench-run"))) {
                Answer first = RuntimeApiEndpoint.await(answer, TIMEOUT);
                // Read while the function waits for its next event, so it is the CPU time its first answer took.
                Duration cpu = process.cpuTime();
                if (!first.succeeded() || first.body().contains("\"statusCode\":5")) {
                    throw new IllegalStateException(name + " failed: " + first.body() + "\n" + process.log());
                }
                samples.computeIfAbsent(name, unused -> new ArrayList<>())
                        .add(new Sample((first.receivedAtNanos() - launched) / 1_000_000, cpu.toMillis()));
            }
        }
    }

    /**
     * Wall-clock medians, and CPU-time medians beside them: on a machine other work keeps busy, the wall clock
     * mostly measures the wait for the one pinned CPU, while the CPU time is what the start itself cost.
     */
    private static void report(Map<String, List<Sample>> samples, int runs) throws IOException {
        System.out.printf("%nCold start, JVM launch -> first answer, %d runs each, taskset -c 0, %s%n", runs,
                String.join(" ", RuntimeClientProcess.MANAGED_RUNTIME_FLAGS));
        System.out.println("| function | median ms | min ms | max ms | median CPU ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        samples.forEach((name, measured) -> {
            List<Long> sorted = measured.stream().map(Sample::wallMillis).sorted().toList();
            wall.add(median(sorted));
            cpu.add(median(measured.stream().map(Sample::cpuMillis).sorted().toList()));
            System.out.printf("| %s | %d | %d | %d | %d |%n", name, wall.getLast(), sorted.getFirst(), sorted.getLast(),
                    cpu.getLast());
        });
        System.out.printf("ratio ApiHandler / hello world (POJO): %.2f wall clock, %.2f CPU time%n",
                wall.get(0) / (double) wall.get(1), cpu.get(0) / (double) cpu.get(1));
        System.out.printf("ratio hello POJO / hello stream: %.2f wall clock, %.2f CPU time%n",
                wall.get(1) / (double) wall.get(2), cpu.get(1) / (double) cpu.get(2));
        System.out.printf("ratio floor / hello world (POJO): %.2f wall clock, %.2f CPU time%n",
                wall.get(3) / (double) wall.get(1), cpu.get(3) / (double) cpu.get(1));
        if (wall.size() > 4) {
            System.out.printf("ratio compared ApiHandler / hello world (POJO): %.2f wall clock, %.2f CPU time%n",
                    wall.get(4) / (double) wall.get(1), cpu.get(4) / (double) cpu.get(1));
        }
        for (Path jar : List.of(UnpackedFunction.apiJar(), UnpackedFunction.lambdaJar())) {
            System.out.printf("%s: %.1f MB (%d bytes)%n", jar.getFileName(), Files.size(jar) / 1_000_000.0, Files.size(jar));
        }
        System.out.printf("load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
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

    /** {@code function} with {@code handlers}' classes added at its root, as a deployment would carry them. */
    private static UnpackedFunction withClasses(UnpackedFunction function, List<Class<?>> handlers) throws IOException {
        for (Class<?> handler : handlers) {
            Path classes = Files.createDirectories(function.taskRoot().resolve(handler.getPackageName().replace('.', '/')));
            String file = handler.getSimpleName() + ".class";
            // Read as a resource, so the bench runs from this module's classes directory and from its jar alike.
            try (InputStream bytes = handler.getResourceAsStream(file)) {
                Files.copy(bytes, classes.resolve(file));
            }
        }
        return function;
    }

    /** A task root holding only the hello-world handlers, with the events library (and its joda-time) and Jackson under lib/. */
    private static UnpackedFunction helloWorld(Path taskRoot) throws IOException {
        withClasses(new UnpackedFunction(taskRoot), List.of(HelloWorldHandler.class, HelloWorldStreamHandler.class));
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
