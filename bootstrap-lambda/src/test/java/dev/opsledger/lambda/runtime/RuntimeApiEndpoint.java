package dev.opsledger.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda Runtime API as the runtime client sees it, on loopback: {@code invocation/next} hands out the
 * events queued by {@link #invoke}, {@code invocation/<id>/response} and {@code /error} answer them,
 * {@code init/error} reports a failed init, and {@code restore/next} (SnapStart) marks the snapshot point.
 */
public final class RuntimeApiEndpoint implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime";

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final BlockingQueue<Pending> queued = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final CompletableFuture<Long> restoreAsked = new CompletableFuture<>();
    private final CompletableFuture<Long> firstNextAsked = new CompletableFuture<>();

    public RuntimeApiEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the runtime API endpoint", e);
        }
        server.createContext(BASE + "/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    /** What the runtime client's {@code AWS_LAMBDA_RUNTIME_API} names: host and port, no scheme. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues the event and waits for the function's answer. */
    public Answer invoke(String event, Duration timeout) {
        return await(queue(event), timeout, "the answer to an invocation");
    }

    /** Queues the event for the function's next {@code invocation/next}; the answer completes when it comes. */
    public CompletableFuture<Answer> queue(String event) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        answers.put(requestId, answer);
        queued.add(new Pending(requestId, event));
        return answer;
    }

    public static Answer await(CompletableFuture<Answer> answer, Duration timeout) {
        return await(answer, timeout, "the answer to an invocation");
    }

    /** The init error the runtime client reported, if it reported one within {@code timeout}. */
    public Optional<String> initError(Duration timeout) {
        try {
            return Optional.of(initError.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException none) {
            return Optional.empty();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When ({@link System#nanoTime()}) the client asked {@code restore/next}, after the beforeCheckpoint hooks. */
    public Optional<Long> restoreAskedAt() {
        return Optional.ofNullable(restoreAsked.getNow(null));
    }

    /** When ({@link System#nanoTime()}) the client first asked for an invocation: its init was over. */
    public long awaitFirstNext(Duration timeout) {
        return await(firstNextAsked, timeout, "the first invocation/next");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/invocation/next")) {
                firstNextAsked.complete(System.nanoTime());
                Pending next = queued.take();
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next.requestId());
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + Duration.ofMinutes(5).toMillis()));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:123456789012:function:opsledger");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                        "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
                respond(exchange, 200, next.event());
            } else if (path.startsWith("/invocation/") && path.endsWith("/response")) {
                complete(path, new Answer(true, body, Optional.empty(), System.nanoTime()));
                respond(exchange, 202, "");
            } else if (path.startsWith("/invocation/") && path.endsWith("/error")) {
                complete(path, new Answer(false, body,
                        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type")),
                        System.nanoTime()));
                respond(exchange, 202, "");
            } else if (path.equals("/init/error") || path.equals("/restore/error")) {
                initError.complete(body);
                respond(exchange, 202, "");
            } else if (path.equals("/restore/next")) {
                restoreAsked.complete(System.nanoTime());
                respond(exchange, 200, "");
            } else {
                respond(exchange, 404, "{\"errorType\":\"NotFound\"}");
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private void complete(String path, Answer answer) {
        String requestId = path.split("/")[2];
        CompletableFuture<Answer> waiting = answers.remove(requestId);
        if (waiting == null) {
            throw new IllegalStateException("an answer to an unknown request " + requestId);
        }
        waiting.complete(answer);
    }

    /** Always with a content type: the client's native code reads it unchecked and crashes on none. */
    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new AssertionError(what + " did not come within " + timeout);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Pending(String requestId, String event) {
    }

    /**
     * The function's answer: its payload, or the error it reported with the error type header, and when
     * ({@link System#nanoTime()}) it arrived.
     */
    public record Answer(boolean succeeded, String body, Optional<String> errorType, long receivedAtNanos) {
    }
}
