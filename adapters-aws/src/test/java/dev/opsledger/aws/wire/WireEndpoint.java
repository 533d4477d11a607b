package dev.opsledger.aws.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local HTTP endpoint standing in for an AWS service: real SDK clients talk to it over the wire. It
 * records every request and answers from a script of responses, in order; once the script is spent it
 * answers with {@link #otherwise} (by default an empty JSON object).
 */
public final class WireEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final List<WireRequest> requests = new ArrayList<>();
    private final Deque<WireResponse> script = new ConcurrentLinkedDeque<>();
    private volatile Function<WireRequest, WireResponse> otherwise = request -> WireResponse.json(200, "{}");

    private WireEndpoint(HttpServer server) {
        this.server = server;
    }

    public static WireEndpoint start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            WireEndpoint endpoint = new WireEndpoint(server);
            server.createContext("/", endpoint::handle);
            server.setExecutor(endpoint.workers);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a local endpoint", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next requests with these responses, in order, after any already scripted. */
    public WireEndpoint enqueue(WireResponse... responses) {
        script.addAll(List.of(responses));
        return this;
    }

    /** Answers every request the script does not cover; this is where a fake service keeps its state. */
    public WireEndpoint otherwise(Function<WireRequest, WireResponse> responder) {
        this.otherwise = responder;
        return this;
    }

    public synchronized List<WireRequest> requests() {
        return List.copyOf(requests);
    }

    /** Closes the port: from now on connections are refused. */
    public void stop() {
        server.stop(0);
        workers.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            WireRequest request = read(exchange);
            synchronized (this) {
                requests.add(request);
            }
            WireResponse scripted = script.pollFirst();
            WireResponse response = scripted != null ? scripted : answerOtherwise(request);
            if (response.delay().isPositive()) {
                Thread.sleep(response.delay());
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private WireResponse answerOtherwise(WireRequest request) {
        try {
            return otherwise.apply(request);
        } catch (RuntimeException broken) {
            return WireResponse.json(500, "{\"__type\":\"FakeServiceBroken\",\"message\":\"" + broken + "\"}");
        }
    }

    private static WireRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        return new WireRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
    }
}
