package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A proxy response as API Gateway receives it, with its body parsed. */
record Answer(int status, Map<String, String> headers, String rawBody, JsonNode body) {

    static Answer of(JsonNode proxyResponse) throws Exception {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        proxyResponse.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asText()));
        String raw = proxyResponse.path("body").asText();
        return new Answer(proxyResponse.path("statusCode").asInt(), headers, raw, Json.MAPPER.readTree(raw));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    String problemType() {
        return body.path("type").asText();
    }
}
