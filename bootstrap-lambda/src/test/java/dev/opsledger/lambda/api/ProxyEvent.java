package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API Gateway REST proxy events (payload 1.0) shaped like AWS's own sample ({@code apigateway-aws-proxy}):
 * the {@code /{proxy+}} resource, the stage in the request context's path, single and multi-value headers
 * and query parameters, and the base64 flag.
 */
final class ProxyEvent {

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private String body;
    private boolean base64;
    private String stage = "prod";
    private String requestId = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

    private ProxyEvent(String method, String path) {
        this.method = method;
        this.path = path;
        headers.put("Accept", List.of("*/*"));
        headers.put("Host", List.of("1234567890.execute-api.us-east-1.amazonaws.com"));
        headers.put("X-Forwarded-Proto", List.of("https"));
    }

    static ProxyEvent get(String path) {
        return new ProxyEvent("GET", path);
    }

    static ProxyEvent post(String path) {
        return new ProxyEvent("POST", path).header("Content-Type", "application/json");
    }

    static ProxyEvent request(String method, String path) {
        return new ProxyEvent(method, path);
    }

    ProxyEvent header(String name, String... values) {
        headers.put(name, List.of(values));
        return this;
    }

    ProxyEvent withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    ProxyEvent query(String name, String... values) {
        query.put(name, List.of(values));
        return this;
    }

    ProxyEvent body(String json) {
        this.body = json;
        return this;
    }

    ProxyEvent base64Body(byte[] bytes) {
        this.body = Base64.getEncoder().encodeToString(bytes);
        this.base64 = true;
        return this;
    }

    /** A body sent as is with the base64 flag set, as a broken proxy in front of the API might. */
    ProxyEvent flaggedBase64(String body) {
        this.body = body;
        this.base64 = true;
        return this;
    }

    ProxyEvent stage(String stage) {
        this.stage = stage;
        return this;
    }

    ProxyEvent requestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    byte[] toJson() {
        ObjectNode event = Json.MAPPER.createObjectNode()
                .put("resource", "/{proxy+}")
                .put("path", path)
                .put("httpMethod", method);
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.forEach((name, values) -> {
            single.put(name, values.getLast());
            ArrayNode all = multi.putArray(name);
            values.forEach(all::add);
        });
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode singleQuery = event.putObject("queryStringParameters");
            ObjectNode multiQuery = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, values) -> {
                singleQuery.put(name, values.getLast());
                ArrayNode all = multiQuery.putArray(name);
                values.forEach(all::add);
            });
        }
        event.putObject("pathParameters").put("proxy", path.substring(1));
        event.putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012")
                .put("resourceId", "123456")
                .put("stage", stage)
                .put("requestId", requestId)
                .put("requestTime", "09/Apr/2015:12:34:56 +0000")
                .put("requestTimeEpoch", 1428582896000L)
                .put("path", "/" + stage + path)
                .put("resourcePath", "/{proxy+}")
                .put("httpMethod", method)
                .put("apiId", "1234567890")
                .put("protocol", "HTTP/1.1");
        context.putObject("identity").put("sourceIp", "127.0.0.1").put("userAgent", "Custom User Agent String");
        if (body == null) {
            event.putNull("body");
        } else {
            event.put("body", body);
        }
        event.put("isBase64Encoded", base64);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
