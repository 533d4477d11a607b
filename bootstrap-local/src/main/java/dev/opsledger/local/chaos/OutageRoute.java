package dev.opsledger.local.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.local.DurationText;
import dev.opsledger.local.UsageError;
import dev.opsledger.local.http.IncomingRequest;
import dev.opsledger.local.http.LocalRoute;
import dev.opsledger.local.http.OutgoingResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code POST /local/outage?region=us-east-1&for=30s} takes a region dark for a while (202, with when it
 * comes back); {@code GET /local/outage} lists the regions dark now. Bad values are a 400 problem naming the
 * parameter, and change nothing. With {@code serve --api-key}, posting needs the key, as a write does.
 */
public final class OutageRoute implements LocalRoute {

    public static final String PATH = "/local/outage";
    static final Duration SHORTEST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(10);
    private static final String INVALID = "https://opsledger.dev/problems/invalid-request";

    private final Outages outages;
    private final Optional<byte[]> apiKey;
    private final ObjectMapper json = new ObjectMapper();

    public OutageRoute(Outages outages, Optional<String> apiKey) {
        this.outages = outages;
        this.apiKey = apiKey.map(key -> key.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<OutgoingResponse> answer(IncomingRequest request) {
        if (!request.path().equals(PATH)) {
            return Optional.empty();
        }
        return Optional.of(switch (request.method()) {
            case "GET", "HEAD" -> answer(200, "application/json", darkNow(), Map.of());
            case "POST" -> post(request);
            default -> answer(405, "application/problem+json", problem(405, "https://opsledger.dev/problems/method-not-allowed",
                    "Method not allowed", request.method() + " is not a method of " + PATH, List.of()),
                    Map.of("Allow", "GET, HEAD, POST"));
        });
    }

    private OutgoingResponse post(IncomingRequest request) {
        if (apiKey.isPresent() && request.header("x-api-key").stream()
                .noneMatch(key -> MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), apiKey.orElseThrow()))) {
            return answer(403, "application/json", json.createObjectNode().put("message", "Forbidden"), Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> query;
        try {
            query = query(request.rawQuery());
        } catch (IllegalArgumentException badEscape) {
            errors.put("query", "is not percent-encoded properly: " + badEscape.getMessage());
            return invalid(errors);
        }
        Optional<Region> region = region(query.get("region"), errors);
        Optional<Duration> length = length(query.get("for"), errors);
        query.keySet().stream().filter(name -> !name.equals("region") && !name.equals("for"))
                .forEach(name -> errors.put(name, "is not a parameter of " + PATH + " (region and for are)"));
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        Instant until = outages.takeDark(region.orElseThrow(), length.orElseThrow());
        return answer(202, "application/json", json.createObjectNode()
                .put("region", region.orElseThrow().name()).put("until", until.toString()), Map.of());
    }

    private OutgoingResponse invalid(Map<String, String> errors) {
        String detail = errors.size() == 1 ? errors.keySet().iterator().next() + ": " + errors.values().iterator().next()
                : errors.size() + " parameters are invalid, see errors";
        return answer(400, "application/problem+json",
                problem(400, INVALID, "The request is invalid", detail, List.copyOf(errors.entrySet())), Map.of());
    }

    private Optional<Region> region(String value, Map<String, String> errors) {
        if (value == null) {
            errors.put("region", "is required, e.g. region=us-east-1");
            return Optional.empty();
        }
        try {
            Region region = new Region(value);
            if (outages.runs(region)) {
                return Optional.of(region);
            }
            errors.put("region", "'" + value + "' is not a region this server runs");
        } catch (IllegalArgumentException notARegion) {
            errors.put("region", notARegion.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<Duration> length(String value, Map<String, String> errors) {
        if (value == null) {
            errors.put("for", "is required, e.g. for=30s");
            return Optional.empty();
        }
        try {
            return Optional.of(DurationText.parse("for", value, SHORTEST, LONGEST));
        } catch (UsageError outOfRange) {
            errors.put("for", outOfRange.getMessage().replaceFirst("^for ", ""));
            return Optional.empty();
        }
    }

    private ObjectNode darkNow() {
        ObjectNode body = json.createObjectNode();
        ArrayNode dark = body.putArray("dark");
        outages.dark().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(outage ->
                dark.addObject().put("region", outage.getKey().name()).put("until", outage.getValue().toString()));
        return body;
    }

    private ObjectNode problem(int status, String type, String title, String detail,
            List<Map.Entry<String, String>> errors) {
        ObjectNode problem = json.createObjectNode().put("type", type).put("title", title).put("status", status)
                .put("detail", detail);
        if (!errors.isEmpty()) {
            ArrayNode fields = problem.putArray("errors");
            errors.forEach(error -> fields.addObject().put("field", error.getKey()).put("detail", error.getValue()));
        }
        return problem;
    }

    private OutgoingResponse answer(int status, String contentType, ObjectNode body, Map<String, String> extra) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("Cache-Control", List.of("no-store"));
        extra.forEach((name, value) -> headers.put(name, List.of(value)));
        return new OutgoingResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each parameter once; a repeated one keeps its first value, as only one outage is asked for. */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }
}
