package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of an API Gateway REST proxy event (payload 1.0) the API uses. Header names are
 * case-insensitive; {@code multiValueHeaders} and {@code multiValueQueryStringParameters}, when present,
 * carry every value, the single-value maps only the last one. The path is the resource path, without the
 * stage even when a custom domain or a test event leaves it in.
 */
public record ProxyRequest(
        String requestId,
        String method,
        String path,
        Map<String, List<String>> headers,
        Map<String, List<String>> query,
        byte[] body) {

    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    public static ProxyRequest of(JsonNode event) {
        JsonNode context = event.path("requestContext");
        String stage = context.path("stage").asText("");
        return new ProxyRequest(
                context.path("requestId").asText(""),
                event.path("httpMethod").asText("").toUpperCase(Locale.ROOT),
                routedPath(pathOf(event, context), stage),
                merged(event.path("headers"), event.path("multiValueHeaders"), new TreeMap<>(String.CASE_INSENSITIVE_ORDER)),
                merged(event.path("queryStringParameters"), event.path("multiValueQueryStringParameters"),
                        new LinkedHashMap<>()),
                body(event));
    }

    private static String pathOf(JsonNode event, JsonNode context) {
        String path = event.path("path").asText("");
        return path.isEmpty() ? context.path("path").asText("/") : path;
    }

    /** The path without a leading stage, unless the path is a route as it is (a stage may share a route's name). */
    private static String routedPath(String path, String stage) {
        String prefix = "/" + stage;
        if (stage.isEmpty() || !path.startsWith(prefix + "/") || Router.match(path).isPresent()) {
            return path;
        }
        return path.substring(prefix.length());
    }

    private static Map<String, List<String>> merged(JsonNode single, JsonNode multi, Map<String, List<String>> into) {
        single.properties().forEach(entry -> {
            if (entry.getValue().isTextual()) {
                into.put(entry.getKey(), List.of(entry.getValue().asText()));
            }
        });
        multi.properties().forEach(entry -> {
            List<String> values = new ArrayList<>();
            entry.getValue().forEach(value -> {
                if (value.isTextual()) {
                    values.add(value.asText());
                }
            });
            if (!values.isEmpty()) {
                into.put(entry.getKey(), List.copyOf(values));
            }
        });
        return into;
    }

    private static byte[] body(JsonNode event) {
        JsonNode body = event.path("body");
        if (!body.isTextual()) {
            return new byte[0];
        }
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getMimeDecoder().decode(body.asText());
            } catch (IllegalArgumentException notBase64) {
                throw new Problem(ProblemType.MALFORMED_JSON, "the body is flagged as base64 but is not base64");
            }
        }
        return body.asText().getBytes(StandardCharsets.UTF_8);
    }
}
