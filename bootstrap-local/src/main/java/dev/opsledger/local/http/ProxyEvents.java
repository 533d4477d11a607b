package dev.opsledger.local.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the REST API proxy event ({@code APIGatewayProxyRequestEvent}, payload format 1.0) API Gateway
 * hands a Lambda for an HTTP request, for an API whose every route is one {@code /{proxy+}} resource (and
 * {@code /} for the root) with {@code ANY} method, deployed on stage {@value #STAGE}.
 *
 * <p>As API Gateway does: {@code headers} and {@code queryStringParameters} keep the last value of a
 * repeated name, {@code multiValueHeaders} and {@code multiValueQueryStringParameters} keep every value
 * in order, both are {@code null} when there are none; query values arrive decoded; {@code path} has no
 * stage while {@code requestContext.path} does; {@code X-Forwarded-*} and {@code X-Amzn-Trace-Id} are added.
 * A body that is valid UTF-8 arrives as text, anything else base64-encoded with {@code isBase64Encoded}
 * set (as API Gateway does with binary media types enabled). Header names are as the JDK's HTTP server
 * passes them, its first letter upper case and the rest lower case ({@code Content-type}): a handler must
 * match them without regard to case, as it must on AWS, where they arrive as each client spelled them.
 */
final class ProxyEvents {

    static final String STAGE = "local";
    static final String ACCOUNT = "000000000000";
    static final String API_ID = "opsledger";

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ObjectMapper json;

    ProxyEvents(ObjectMapper json) {
        this.json = json;
    }

    /** The ids tell one request apart: API Gateway's own, and the trace id it adds as a header. */
    record RequestIds(String requestId, String traceId) {
    }

    ObjectNode event(IncomingRequest request, RequestIds ids, Instant receivedAt, Optional<String> apiKey) {
        Map<String, List<String>> headers = withGatewayHeaders(request, ids);
        Map<String, List<String>> query = queryParameters(request.rawQuery());
        boolean root = request.path().equals("/");
        String resource = root ? "/" : "/{proxy+}";

        ObjectNode event = json.createObjectNode();
        event.put("resource", resource);
        event.put("path", request.path());
        event.put("httpMethod", request.method());
        event.set("headers", lastValues(headers));
        event.set("multiValueHeaders", allValues(headers));
        event.set("queryStringParameters", lastValues(query));
        event.set("multiValueQueryStringParameters", allValues(query));
        if (root) {
            event.putNull("pathParameters");
        } else {
            event.putObject("pathParameters").put("proxy", request.path().substring(1));
        }
        event.putNull("stageVariables");
        event.set("requestContext", requestContext(request, ids, receivedAt, apiKey, resource));
        putBody(event, request.body());
        return event;
    }

    private ObjectNode requestContext(IncomingRequest request, RequestIds ids, Instant receivedAt,
            Optional<String> apiKey, String resource) {
        ObjectNode context = json.createObjectNode();
        context.put("accountId", ACCOUNT);
        context.put("apiId", API_ID);
        context.put("domainName", request.host());
        context.put("domainPrefix", API_ID);
        context.put("extendedRequestId", ids.requestId());
        context.put("httpMethod", request.method());
        ObjectNode identity = context.putObject("identity");
        identity.putNull("accessKey");
        identity.putNull("accountId");
        identity.put("apiKey", apiKey.orElse(null));
        identity.putNull("caller");
        identity.putNull("cognitoAuthenticationProvider");
        identity.putNull("cognitoAuthenticationType");
        identity.putNull("cognitoIdentityId");
        identity.putNull("cognitoIdentityPoolId");
        identity.put("sourceIp", request.sourceIp());
        identity.putNull("user");
        identity.put("userAgent", request.header("User-Agent").stream().reduce((first, last) -> last).orElse(null));
        identity.putNull("userArn");
        context.put("path", "/" + STAGE + request.path());
        context.put("protocol", request.protocol());
        context.put("requestId", ids.requestId());
        context.put("requestTime", REQUEST_TIME.format(receivedAt));
        context.put("requestTimeEpoch", receivedAt.toEpochMilli());
        context.put("resourceId", "local");
        context.put("resourcePath", resource);
        context.put("stage", STAGE);
        return context;
    }

    private static Map<String, List<String>> withGatewayHeaders(IncomingRequest request, RequestIds ids) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.put("X-Amzn-Trace-Id", List.of(ids.traceId()));
        headers.put("X-Forwarded-For", List.of(request.sourceIp()));
        int colon = request.host().lastIndexOf(':');
        headers.put("X-Forwarded-Port", List.of(colon < 0 ? "80" : request.host().substring(colon + 1)));
        headers.put("X-Forwarded-Proto", List.of("http"));
        return headers;
    }

    /** Splits and decodes the query; a name without {@code =} has the empty value, as API Gateway gives it. */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, unseen -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text;
        }
    }

    private ObjectNode lastValues(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        values.forEach((name, all) -> node.put(name, all.getLast()));
        return node;
    }

    private ObjectNode allValues(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        values.forEach((name, all) -> {
            ArrayNode array = node.putArray(name);
            all.forEach(array::add);
        });
        return node;
    }

    private static void putBody(ObjectNode event, byte[] body) {
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
            return;
        }
        Optional<String> text = utf8(body);
        event.put("body", text.orElseGet(() -> Base64.getEncoder().encodeToString(body)));
        event.put("isBase64Encoded", text.isEmpty());
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString());
        } catch (CharacterCodingException notText) {
            return Optional.empty();
        }
    }
}
