package dev.opsledger.local.http;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What API Gateway does with one request before and after the Lambda: the payload limit, the API key
 * on {@code /metrics}, the proxy event, the invocation, and the answer (a 502 when the function fails
 * or answers something that is not a proxy response, as API Gateway gives it).
 */
final class GatewayRoute {

    /** API Gateway refuses larger payloads itself. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private final RequestStreamHandler handler;
    private final Optional<byte[]> apiKey;
    private final ProxyEvents events;
    private final ProxyResponses responses;
    private final ObjectMapper json;
    private final PrintStream log;

    GatewayRoute(RequestStreamHandler handler, Optional<String> apiKey, ObjectMapper json, PrintStream log) {
        this.handler = handler;
        this.apiKey = apiKey.map(key -> key.getBytes(StandardCharsets.UTF_8));
        this.events = new ProxyEvents(json);
        this.responses = new ProxyResponses(json);
        this.json = json;
        this.log = log;
    }

    OutgoingResponse answer(IncomingRequest request) {
        String requestId = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now();
        if (request.body().length > MAX_PAYLOAD_BYTES) {
            return withRequestId(OutgoingResponse.fromGateway(413, "RequestTooLarge", "Request Too Long"), requestId);
        }
        Optional<String> presentedKey = request.header("x-api-key").stream().reduce((first, last) -> last);
        if (needsKey(request.path()) && !keyMatches(presentedKey)) {
            return withRequestId(OutgoingResponse.fromGateway(403, "ForbiddenException", "Forbidden"), requestId);
        }
        ObjectNode event = events.event(request, new ProxyEvents.RequestIds(requestId, traceId(receivedAt)),
                receivedAt, apiKey.isPresent() ? presentedKey : Optional.empty());
        return withRequestId(invoke(event, receivedAt), requestId);
    }

    private boolean needsKey(String path) {
        return apiKey.isPresent() && (path.equals("/metrics") || path.startsWith("/metrics/"));
    }

    private boolean keyMatches(Optional<String> presented) {
        return presented.map(key -> MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), apiKey.orElseThrow()))
                .orElse(false);
    }

    private OutgoingResponse invoke(ObjectNode event, Instant receivedAt) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(json.writeValueAsBytes(event)), output,
                    new LocalLambdaContext(UUID.randomUUID().toString(), receivedAt, log));
        } catch (Exception | StackOverflowError failed) {
            log.println("opsledger: the API function failed: " + failed);
            failed.printStackTrace(log);
            return OutgoingResponse.fromGateway(502, "InternalServerErrorException", "Internal server error");
        }
        return responses.read(output.toByteArray()).orElseGet(() -> {
            log.println("opsledger: the API function's answer is not a proxy response: "
                    + output.toString(StandardCharsets.UTF_8));
            return OutgoingResponse.fromGateway(502, "InternalServerErrorException", "Internal server error");
        });
    }

    private static OutgoingResponse withRequestId(OutgoingResponse response, String requestId) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        headers.put("x-amzn-RequestId", List.of(requestId));
        return new OutgoingResponse(response.status(), headers, response.body());
    }

    /** X-Ray's format: version, the epoch second in hex, 96 random bits in hex. */
    private static String traceId(Instant receivedAt) {
        UUID random = UUID.randomUUID();
        String bits = HexFormat.of().toHexDigits(random.getMostSignificantBits()).substring(4)
                + HexFormat.of().toHexDigits(random.getLeastSignificantBits()).substring(4);
        return "Root=1-" + Long.toHexString(receivedAt.getEpochSecond()) + "-" + bits.substring(0, 24);
    }
}
