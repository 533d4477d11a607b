package dev.opsledger.aws.dynalite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local HTTP proxy in front of a DynamoDB endpoint that answers the next requests (all, or those of
 * one operation) as DynamoDB does when it throttles, or the next {@code BatchWriteItem}s as DynamoDB does
 * when it processes none of their items, and forwards the others untouched. It also
 * records the operation of every request it forwards, so a test can count the pages a read took, and
 * can run an action just before forwarding a request, so a test can let another writer in first.
 */
public final class ThrottlingProxy implements AutoCloseable {

    private static final String THROTTLED_BODY = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + "ProvisionedThroughputExceededException\",\"message\":\"The level of configured provisioned throughput"
            + " for the table was exceeded (answered by the test's throttling proxy)\"}";
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive");
    private static final String ANY_OPERATION = "";

    private final URI target;
    private final HttpServer server;
    private final HttpClient forwarder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger throttleLeft = new AtomicInteger();
    private volatile String throttledOperation = ANY_OPERATION;
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger batchWritesToLeaveUnprocessed = new AtomicInteger();
    private final AtomicInteger batchWritesLeftUnprocessed = new AtomicInteger();
    private final Queue<String> forwardedOperations = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Map.Entry<String, Runnable>> beforeNext = new AtomicReference<>();

    private ThrottlingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static ThrottlingProxy inFrontOf(URI target) {
        try {
            return new ThrottlingProxy(target);
        } catch (IOException cannotListen) {
            throw new IllegalStateException("the throttling proxy cannot listen on the loopback", cannotListen);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Throttles the next {@code requests} requests, whatever they are. */
    public void throttleNext(int requests) {
        throttleNext(requests, ANY_OPERATION);
    }

    /** Throttles the next {@code requests} requests of one operation ({@code "PutItem"}), forwarding the others. */
    public void throttleNext(int requests, String operation) {
        throttledOperation = operation;
        throttleLeft.set(requests);
    }

    /** Runs {@code action} once, just before forwarding the next request of {@code operation}. */
    public void beforeForwardingNext(String operation, Runnable action) {
        beforeNext.set(Map.entry(operation, action));
    }

    /** Answers the next {@code requests} {@code BatchWriteItem}s with every item unprocessed, writing nothing. */
    public void leaveUnprocessedNext(int requests) {
        batchWritesToLeaveUnprocessed.set(requests);
    }

    public int batchWritesLeftUnprocessed() {
        return batchWritesLeftUnprocessed.get();
    }

    public int throttledRequests() {
        return throttled.get();
    }

    /** The operations forwarded so far ({@code "Query"}, {@code "PutItem"}, ...), in order. */
    public List<String> forwardedOperations() {
        return List.copyOf(forwardedOperations);
    }

    @Override
    public void close() {
        server.stop(0);
        forwarder.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String operation = operationOf(exchange);
            if (shouldThrottle(operation)) {
                throttled.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                respond(exchange, 400, THROTTLED_BODY.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (operation.equals("BatchWriteItem")
                    && batchWritesToLeaveUnprocessed.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                batchWritesLeftUnprocessed.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                respond(exchange, 200, unprocessed(body));
                return;
            }
            Map.Entry<String, Runnable> action = beforeNext.get();
            if (action != null && action.getKey().equals(operation) && beforeNext.compareAndSet(action, null)) {
                action.getValue().run();
            }
            forwardedOperations.add(operation);
            HttpResponse<byte[]> response = forward(exchange, body);
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            respond(exchange, response.statusCode(), response.body());
        }
    }

    private boolean shouldThrottle(String operation) {
        String only = throttledOperation;
        if (!only.equals(ANY_OPERATION) && !only.equals(operation)) {
            return false;
        }
        return throttleLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding to " + target, interrupted);
        }
    }

    /** The request's {@code RequestItems}, handed back as {@code UnprocessedItems}: the answer's shape is the request's. */
    private static byte[] unprocessed(byte[] batchWrite) {
        String request = new String(batchWrite, StandardCharsets.UTF_8);
        return request.replaceFirst("^\\{\\s*\"RequestItems\"", "{\"UnprocessedItems\"").getBytes(StandardCharsets.UTF_8);
    }

    private static String operationOf(HttpExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        return target == null ? "" : target.substring(target.indexOf('.') + 1);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
