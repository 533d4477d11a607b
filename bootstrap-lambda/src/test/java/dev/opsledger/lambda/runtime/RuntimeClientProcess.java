package dev.opsledger.lambda.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The real AWS Lambda runtime interface client ({@code AWSLambda}) in a child JVM, started in a task root
 * with a handler string, against a {@link RuntimeApiEndpoint}. Its classpath is the runtime client and
 * what it needs, as Lambda's managed runtime has it; the function's code comes only from the task root.
 * The client's native library is extracted next to the task root and named by the {@code NativeClient.JNI}
 * property, so parallel runs never share the client's default {@code /tmp} path.
 */
public final class RuntimeClientProcess implements AutoCloseable {

    /** The managed Java runtime's JVM flags. */
    public static final List<String> MANAGED_RUNTIME_FLAGS =
            List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
    private static final String NATIVE_LIBRARY = "jni/libaws-lambda-jni.linux-x86_64.so";
    private static final List<String> RUNTIME_JARS = List.of(
            "aws-lambda-java-runtime-interface-client", "aws-lambda-java-serialization", "aws-lambda-java-core",
            "utils-lite");

    private final Process process;
    private final Path log;

    private RuntimeClientProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Options for one start; {@code environment} adds to (or overrides) what Lambda sets. */
    public record Launch(UnpackedFunction function, String handler, RuntimeApiEndpoint runtimeApi,
            Map<String, String> environment, List<String> command) {

        public Launch {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(runtimeApi, "runtimeApi");
            environment = Map.copyOf(environment);
            command = List.copyOf(command);
        }

        public static Launch of(UnpackedFunction function, String handler, RuntimeApiEndpoint runtimeApi,
                Map<String, String> environment) {
            return new Launch(function, handler, runtimeApi, environment, List.of());
        }

        /** The command prefix the child runs under, such as {@code taskset -c 0}. */
        public Launch under(List<String> prefix) {
            return new Launch(function, handler, runtimeApi, environment, prefix);
        }
    }

    public static RuntimeClientProcess start(Launch launch, Path workDir) {
        try {
            Path nativeLibrary = extractNativeLibrary(Files.createDirectories(workDir));
            List<String> command = new ArrayList<>(launch.command());
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(MANAGED_RUNTIME_FLAGS);
            command.add("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + nativeLibrary);
            // The managed runtime points org.crac at the runtime client's own context, which runs the SnapStart hooks.
            command.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
            command.add("-cp");
            command.add(String.join(File.pathSeparator, runtimeClasspath()));
            command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
            command.add(launch.handler());
            Path log = workDir.resolve("function.log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(launch.function().taskRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("OPSLEDGER_"));
            environment.putAll(lambdaEnvironment(launch));
            environment.putAll(launch.environment());
            return new RuntimeClientProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the runtime client", e);
        }
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The CPU time (user and system) the function's JVM has used so far. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(() ->
                new IllegalStateException("this platform does not report a process's CPU time"));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself (an init error ends it) and returns its exit code. */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the runtime client still runs after " + seconds + " s:\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> lambdaEnvironment(Launch launch) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_LAMBDA_RUNTIME_API", launch.runtimeApi().hostAndPort());
        environment.put("LAMBDA_TASK_ROOT", launch.function().taskRoot().toString());
        environment.put("_HANDLER", launch.handler());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", "opsledger");
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("AWS_REGION", "us-east-1");
        return environment;
    }

    /** The runtime client's jars, taken from this test's classpath (they are test dependencies, never packaged). */
    static List<String> runtimeClasspath() {
        List<String> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> RUNTIME_JARS.stream().anyMatch(name -> Path.of(entry).getFileName().toString().startsWith(name + "-")))
                .toList();
        if (jars.size() != RUNTIME_JARS.size()) {
            throw new IllegalStateException("expected the jars " + RUNTIME_JARS + " on the test classpath, found " + jars);
        }
        return jars;
    }

    private static Path extractNativeLibrary(Path workDir) throws IOException {
        Path target = workDir.resolve("libaws-lambda-jni.so");
        if (Files.exists(target)) {
            return target;
        }
        String clientJar = runtimeClasspath().stream()
                .filter(jar -> Path.of(jar).getFileName().toString().startsWith(RUNTIME_JARS.getFirst()))
                .findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(clientJar); InputStream library = zip.getInputStream(zip.getEntry(NATIVE_LIBRARY))) {
            Files.copy(library, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
