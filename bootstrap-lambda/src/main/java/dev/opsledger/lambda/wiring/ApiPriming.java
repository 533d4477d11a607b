package dev.opsledger.lambda.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * SnapStart priming for the API: dry requests through routing, validation and JSON that write nothing: a
 * {@code POST /metrics} whose body lacks its fields (400), a route that does not exist (404), a DORA report
 * and a deployment that does not exist (reads through the DynamoDB client), then the write fence's read of
 * the region's write lease. So the snapshot holds the client's marshalling, signing and connection warmed. ApiHandler keeps what {@link #register} returns in a field.
 */
public final class ApiPriming {

    private static final List<String> REQUESTS = List.of("post-metrics-missing-fields.json", "get-unknown-route.json",
            "get-metrics-report.json", "get-unknown-deployment.json");

    private ApiPriming() {
    }

    /** What the API does with one REST proxy event: read it, write the proxy response. */
    @FunctionalInterface
    public interface ProxyEventHandling {
        void handle(InputStream event, OutputStream response) throws IOException;
    }

    /** {@code fenceRead} reads the write lease as a write would, and must write nothing either. */
    public static SnapStartPriming register(ProxyEventHandling api, Runnable fenceRead) {
        return SnapStartPriming.register("ApiHandler", () -> {
            REQUESTS.forEach(request -> {
                try (InputStream event = ApiPriming.class.getResourceAsStream("/priming/api/" + request)) {
                    api.handle(event, OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException("priming request " + request + " failed", e);
                }
            });
            fenceRead.run();
        });
    }
}
