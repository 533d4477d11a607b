package dev.opsledger.lambda.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The browser origins that may read the API's answers, such as the dashboard page pointed at a deployed API.
 * With the proxy integration every answer is the function's own, so the function adds the CORS headers: a
 * request from an allowed origin gets them on every answer, problems included (otherwise the browser hides
 * the real status behind a network error); any other origin gets none. API Gateway answers the preflights.
 *
 * @param origins exact origins as a browser sends them, e.g. {@code https://ops.example.com}
 */
public record AllowedOrigins(Set<String> origins) {

    /** The comma-separated origins, as the stacks set them from their {@code dashboardOrigin} context value. */
    public static final String VARIABLE = "OPSLEDGER_ALLOWED_ORIGINS";
    public static final AllowedOrigins NONE = new AllowedOrigins(Set.of());
    /** Beyond the safelisted headers, what a page reads: where a record went, and when to retry a fenced write. */
    static final String EXPOSED_HEADERS = "Location, Retry-After";

    public AllowedOrigins {
        origins = Set.copyOf(origins);
    }

    public static AllowedOrigins fromEnvironment(Map<String, String> env) {
        return new AllowedOrigins(Arrays.stream(env.getOrDefault(VARIABLE, "").split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * What an answer to a request from {@code origin} adds to its headers. {@code Vary} goes on every answer
     * once origins are allowed, since whether the others are present depends on the request's origin.
     */
    Map<String, String> headersFor(Optional<String> origin) {
        if (origins.isEmpty()) {
            return Map.of();
        }
        return origin.filter(origins::contains)
                .map(allowed -> Map.of(
                        "Access-Control-Allow-Origin", allowed,
                        "Access-Control-Expose-Headers", EXPOSED_HEADERS,
                        "Vary", "Origin"))
                .orElse(Map.of("Vary", "Origin"));
    }
}
