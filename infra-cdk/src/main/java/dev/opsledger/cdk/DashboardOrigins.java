package dev.opsledger.cdk;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigateway.CorsOptions;

/**
 * The browser origins whose pages may call the API, such as where the dashboard page is served from. Each is
 * an exact origin, written as a browser sends it in {@code Origin}, since that is how it is compared; never
 * {@code *}.
 *
 * @param origins e.g. {@code https://ops.example.com} or {@code http://127.0.0.1:8080}
 */
public record DashboardOrigins(List<String> origins) {

    static final List<String> METHODS = List.of("GET", "POST");
    static final List<String> REQUEST_HEADERS = List.of("Content-Type", "x-api-key", "Idempotency-Key");
    /** Chromium's ceiling: the page refreshes every few seconds, and each preflight is a billed API request. */
    static final int PREFLIGHT_CACHE_SECONDS = 7200;

    public DashboardOrigins {
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw invalid("");
        }
        origins.forEach(DashboardOrigins::requireOrigin);
    }

    /** The context value: one origin, or several separated by commas. */
    static DashboardOrigins parse(String contextValue) {
        return new DashboardOrigins(Arrays.stream(contextValue.split(",")).map(String::strip)
                .filter(origin -> !origin.isEmpty()).toList());
    }

    /** As the API function's environment carries them, for its handler to name on its answers. */
    String asVariable() {
        return String.join(",", origins);
    }

    CorsOptions preflight() {
        return CorsOptions.builder()
                .allowOrigins(origins)
                .allowMethods(METHODS)
                .allowHeaders(REQUEST_HEADERS)
                .maxAge(Duration.seconds(PREFLIGHT_CACHE_SECONDS))
                .build();
    }

    /**
     * The headers of API Gateway's own errors (a missing key, throttling), which never reach the function. With
     * several origins a gateway response cannot choose among them, so it names the caller's: those errors say
     * nothing that a request without a key would not learn anyway.
     */
    Map<String, String> gatewayResponseHeaders() {
        String allowed = origins.size() == 1 ? "'" + origins.getFirst() + "'" : "method.request.header.Origin";
        return Map.of("Access-Control-Allow-Origin", allowed, "Vary", "'Origin'");
    }

    private static void requireOrigin(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException notAUri) {
            throw invalid(origin);
        }
        String scheme = uri.getScheme();
        boolean web = "https".equals(scheme) || "http".equals(scheme);
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        if (!web || uri.getHost() == null || uri.getPort() == defaultPort
                || !origin.equals(scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))
                || !origin.equals(origin.toLowerCase(Locale.ROOT))) {
            throw invalid(origin);
        }
    }

    private static IllegalArgumentException invalid(String origin) {
        return new IllegalArgumentException("the context value " + DeploymentContext.DASHBOARD_ORIGIN
                + " must list origins as a browser sends them (http or https, lower case, no path, no default port,"
                + " no *), separated by commas, e.g. https://ops.example.com; was '" + origin + "'");
    }
}
