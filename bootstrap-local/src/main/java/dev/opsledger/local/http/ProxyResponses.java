package dev.opsledger.local.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the handler's proxy answer ({@code statusCode}, {@code headers}, {@code multiValueHeaders},
 * {@code body}, {@code isBase64Encoded}) as API Gateway does: a header in both maps takes the values of
 * {@code multiValueHeaders}; without a {@code Content-Type} the answer is {@code application/json}; an
 * answer that is not such an object is a malformed proxy response, which API Gateway turns into a 502.
 */
final class ProxyResponses {

    private final ObjectMapper json;

    ProxyResponses(ObjectMapper json) {
        this.json = json;
    }

    /** The answer for the client, or empty when the handler's output is not a proxy response. */
    Optional<OutgoingResponse> read(byte[] handlerOutput) {
        JsonNode answer;
        try {
            answer = json.readTree(handlerOutput);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (answer == null || !answer.isObject() || !answer.path("statusCode").canConvertToInt()
                || !answer.path("statusCode").isIntegralNumber()) {
            return Optional.empty();
        }
        int status = answer.get("statusCode").intValue();
        if (status < 100 || status > 599) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = headers(answer);
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", List.of("application/json"));
        }
        return body(answer).map(body -> new OutgoingResponse(status, headers, body));
    }

    private static Map<String, List<String>> headers(JsonNode answer) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        answer.path("headers").properties().forEach(header -> {
            if (header.getValue().isValueNode() && !header.getValue().isNull()) {
                headers.put(header.getKey(), List.of(header.getValue().asText()));
            }
        });
        answer.path("multiValueHeaders").properties().forEach(header -> {
            List<String> values = new ArrayList<>();
            header.getValue().forEach(value -> values.add(value.asText()));
            if (!values.isEmpty()) {
                headers.put(header.getKey(), values);
            }
        });
        return headers;
    }

    private static Optional<byte[]> body(JsonNode answer) {
        JsonNode body = answer.path("body");
        if (body.isMissingNode() || body.isNull()) {
            return Optional.of(new byte[0]);
        }
        if (!body.isTextual()) {
            return Optional.empty();
        }
        if (!answer.path("isBase64Encoded").asBoolean(false)) {
            return Optional.of(body.textValue().getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(body.textValue()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
