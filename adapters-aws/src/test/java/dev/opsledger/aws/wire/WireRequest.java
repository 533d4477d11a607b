package dev.opsledger.aws.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request as it arrived on the wire. {@code headers} is case-insensitive, like HTTP's. */
public record WireRequest(String method, String path, String query, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String header(String name) {
        return headers.get(name);
    }

    /** The body as JSON, for the JSON protocols (EventBridge, DynamoDB, Lambda). */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body is not JSON: " + body, e);
        }
    }

    /** The body as an HTML form, for the query protocol (SNS): parameter name to value, in order. */
    public Map<String, String> form() {
        return decode(body);
    }

    /** The query string's parameters (REST protocols). */
    public Map<String, String> queryParameters() {
        return decode(query == null ? "" : query);
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Arrays.stream(encoded.split("&")).filter(pair -> !pair.isEmpty()).forEach(pair -> {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        });
        return parameters;
    }
}
