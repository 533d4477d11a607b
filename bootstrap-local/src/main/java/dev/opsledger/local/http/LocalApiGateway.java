package dev.opsledger.local.http;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * API Gateway on this machine: the JDK's HTTP server, every path and method routed through
 * {@link GatewayRoute} to one {@link RequestStreamHandler}, except those a {@link LocalRoute} answers first. Requests are handled by a fixed pool of
 * threads behind a bounded queue; when both are full the server's own thread handles the request,
 * which stops it accepting more until one is done.
 */
public final class LocalApiGateway implements AutoCloseable {

    private static final int BACKLOG = 128;
    private static final int QUEUED_REQUESTS = 512;
    private static final int STOP_WAIT_SECONDS = 1;

    private final HttpServer server;
    private final ThreadPoolExecutor workers;

    private LocalApiGateway(HttpServer server, ThreadPoolExecutor workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Listens on {@code host:port} (port 0 takes a free one) until closed. {@code apiKey}, when present,
     * is required as {@code x-api-key} on {@code /metrics} and below; {@code log} gets what API Gateway
     * would write to the function's log (a failing function, a malformed answer). {@code localRoutes} are
     * asked in order before the API.
     */
    public static LocalApiGateway start(String host, int port, RequestStreamHandler handler, Optional<String> apiKey,
            List<LocalRoute> localRoutes, int threads, PrintStream log) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), named("opsledger-http-"), new ThreadPoolExecutor.CallerRunsPolicy());
        GatewayRoute route = new GatewayRoute(handler, apiKey, new ObjectMapper(), log);
        List<LocalRoute> routes = List.copyOf(localRoutes);
        server.createContext("/", exchange -> serve(exchange, request -> routes.stream()
                .flatMap(local -> local.answer(request).stream())
                .findFirst()
                .orElseGet(() -> route.answer(request))));
        server.setExecutor(workers);
        server.start();
        return new LocalApiGateway(server, workers);
    }

    /** Where clients reach it, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /** Stops accepting, lets requests under way finish for up to a second, then stops the workers. */
    @Override
    public void close() {
        server.stop(STOP_WAIT_SECONDS);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(HttpExchange exchange, Function<IncomingRequest, OutgoingResponse> route)
            throws IOException {
        try (exchange) {
            OutgoingResponse response = route.apply(incoming(exchange));
            response.headers().forEach((name, values) -> values.forEach(value ->
                    exchange.getResponseHeaders().add(name, value)));
            byte[] body = response.body();
            boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD")
                    || response.status() == 204 || response.status() == 304;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static IncomingRequest incoming(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            // One byte over the limit is enough to know the payload is too large; the rest is not read.
            body = in.readNBytes(GatewayRoute.MAX_PAYLOAD_BYTES + 1);
        }
        URI uri = exchange.getRequestURI();
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            InetSocketAddress local = exchange.getLocalAddress();
            host = local.getHostString() + ":" + local.getPort();
        }
        return new IncomingRequest(exchange.getRequestMethod(), uri.getPath() == null ? "/" : uri.getPath(),
                uri.getRawQuery(), headers, body, exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange.getProtocol(), host);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
