package dev.opsledger.local.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the gateway answers the client: status, headers with all their values, and the body's bytes. */
public record OutgoingResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public OutgoingResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /** An answer API Gateway gives on its own, without calling the integration: {@code {"message": ...}}. */
    static OutgoingResponse fromGateway(int status, String errorType, String message) {
        String json = "{\"message\":\"" + message + "\"}";
        return new OutgoingResponse(status,
                Map.of("Content-Type", List.of("application/json"), "x-amzn-ErrorType", List.of(errorType)),
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
