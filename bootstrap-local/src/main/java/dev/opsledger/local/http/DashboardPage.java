package dev.opsledger.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard: {@code GET /} and its script and style sheet, read once from this jar's resources. No
 * build step, nothing fetched from elsewhere at run time; the page reads the API with {@code fetch}, from
 * this server or from the deployed API a user names in the page. Under {@code --chaos} the page shows its
 * outage button.
 */
public final class DashboardPage implements LocalRoute {

    private static final String RESOURCES = "/dev/opsledger/local/dashboard/";
    /** The page may read an API on another origin (a deployment); everything else comes from this server. */
    private static final String POLICY = "default-src 'self'; connect-src 'self' http: https:; img-src 'self' data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Map<String, OutgoingResponse> files;

    private DashboardPage(Map<String, OutgoingResponse> files) {
        this.files = Map.copyOf(files);
    }

    public static DashboardPage load(boolean chaos) {
        Map<String, OutgoingResponse> files = new LinkedHashMap<>();
        String page = new String(resource("index.html"), StandardCharsets.UTF_8)
                .replace("data-chaos=\"off\"", "data-chaos=\"" + (chaos ? "on" : "off") + "\"");
        files.put("/", file("text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
        files.put("/dashboard/dashboard.js", file("text/javascript; charset=utf-8", resource("dashboard.js")));
        files.put("/dashboard/dashboard.css", file("text/css; charset=utf-8", resource("dashboard.css")));
        return new DashboardPage(files);
    }

    @Override
    public Optional<OutgoingResponse> answer(IncomingRequest request) {
        boolean reads = request.method().equals("GET") || request.method().equals("HEAD");
        return reads ? Optional.ofNullable(files.get(request.path())) : Optional.empty();
    }

    private static OutgoingResponse file(String contentType, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("Cache-Control", List.of("no-cache"));
        headers.put("Content-Security-Policy", List.of(POLICY));
        headers.put("X-Content-Type-Options", List.of("nosniff"));
        return new OutgoingResponse(200, headers, body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DashboardPage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
