package dev.opsledger.lambda.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * SnapStart priming for the API: dry requests through routing, validation and JSON that touch no store
 * and write nothing: a {@code POST /metrics} whose body lacks its fields (400) and a route that does not
 * exist (404). ApiHandler keeps {@code ApiPriming.register(api::handle)} in a field.
 */
public final class ApiPriming {

    private static final List<String> REQUESTS = List.of("post-metrics-missing-fields.json", "get-unknown-route.json");

    private ApiPriming() {
    }

    /** What the API does with one REST proxy event: read it, write the proxy response. */
    @FunctionalInterface
    public interface ProxyEventHandling {
        void handle(InputStream event, OutputStream response) throws IOException;
    }

    public static SnapStartPriming register(ProxyEventHandling api) {
        return SnapStartPriming.register("ApiHandler", () -> REQUESTS.forEach(request -> {
            try (InputStream event = ApiPriming.class.getResourceAsStream("/priming/" + request)) {
                api.handle(event, OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("priming request " + request + " failed", e);
            }
        }));
    }
}
