package dev.opsledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar opsledger-local.jar serve ...} as a child process, its output collected as it comes. */
final class ServeProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("OpsLedger is serving on (http://\\S+)");
    private static final Duration START_WITHIN = Duration.ofSeconds(30);

    private final Process process;
    private final Path out;
    private final Path err;

    private ServeProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static ServeProcess start(String... serveArgs) throws IOException {
        Path jar = Path.of(System.getProperty("opsledger.jar", "target/opsledger-local.jar"));
        assertThat(jar).as("the shaded jar, built by package before this test runs").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "serve"));
        command.addAll(List.of(serveArgs));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(EndpointSetting.VARIABLE);
        // Files rather than pipes: what the process wrote last, as it stopped, is all there once it has exited.
        Path out = Files.createTempFile("serve", ".out");
        Path err = Files.createTempFile("serve", ".err");
        return new ServeProcess(builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
    }

    /** The URL it printed once listening. */
    URI awaitUrl() throws InterruptedException {
        Instant giveUp = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(giveUp)) {
            Matcher serving = SERVING.matcher(out());
            if (serving.find()) {
                return URI.create(serving.group(1));
            }
            assertThat(process.isAlive()).as("serve exited early: %s%s", out(), err()).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("serve printed no URL within " + START_WITHIN + ": " + out() + err());
    }

    /** Sends SIGTERM, as Ctrl-C's SIGINT would end it, and waits up to {@code within} for it to exit. */
    boolean stop(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
