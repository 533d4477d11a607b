package dev.opsledger.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A chat's incoming webhook on a free local port: keeps what it accepted, refuses on demand with 503. */
final class FakeChatWebhook implements AutoCloseable {

    /** One accepted POST: its idempotency key and its body. */
    record Post(String idempotencyKey, String body) {
    }

    private final HttpServer server;
    private final List<Post> accepted = new ArrayList<>();
    private int postsToRefuse;

    FakeChatWebhook() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/releases", this::answer);
        server.start();
    }

    URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/hooks/releases");
    }

    synchronized void refuseNext(int posts) {
        postsToRefuse = posts;
    }

    synchronized List<Post> accepted() {
        return List.copyOf(accepted);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        synchronized (this) {
            if (postsToRefuse > 0) {
                postsToRefuse--;
                status = 503;
            } else {
                accepted.add(new Post(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
                status = 200;
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
