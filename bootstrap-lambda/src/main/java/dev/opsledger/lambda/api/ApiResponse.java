package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the API answers: a status, headers and a JSON body, before it becomes a proxy response. */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, JsonNode body) {
        return json(status, body, Map.of());
    }

    static ApiResponse json(int status, JsonNode body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return new ApiResponse(status, all, body.toString());
    }
}
