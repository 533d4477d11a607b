package dev.opsledger.aws.wire;

import java.time.Duration;
import java.util.Map;

/**
 * One scripted answer, with the error shapes of each AWS protocol as the services send them: the SDK
 * reads the error code from a different place in each.
 */
public record WireResponse(int status, Map<String, String> headers, String body, Duration delay) {

    private static final String AMZ_JSON = "application/x-amz-json-1.1";
    private static final String XML = "text/xml";

    public static WireResponse json(int status, String body) {
        return new WireResponse(status, Map.of("Content-Type", AMZ_JSON), body, Duration.ZERO);
    }

    public static WireResponse restJson(int status, String body) {
        return new WireResponse(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    public static WireResponse xml(int status, String body) {
        return new WireResponse(status, Map.of("Content-Type", XML), body, Duration.ZERO);
    }

    /** awsJson 1.0/1.1 (EventBridge, DynamoDB): the type in {@code __type} and in {@code x-amzn-ErrorType}. */
    public static WireResponse awsJsonError(int status, String type, String message) {
        return new WireResponse(status, Map.of("Content-Type", AMZ_JSON, "x-amzn-ErrorType", type),
                "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}", Duration.ZERO);
    }

    /** restJson (Lambda): the type in {@code x-amzn-ErrorType}, the body says who is at fault. */
    public static WireResponse restJsonError(int status, String type, String message) {
        return new WireResponse(status, Map.of("Content-Type", "application/json", "x-amzn-ErrorType", type),
                "{\"Type\":\"User\",\"message\":\"" + message + "\"}", Duration.ZERO);
    }

    /** Query (SNS) and restXml (Route 53): an {@code ErrorResponse} document. */
    public static WireResponse xmlError(int status, String namespace, String code, String message) {
        String fault = status >= 500 ? "Receiver" : "Sender";
        return xml(status, "<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + fault
                + "</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>8d7a5e5c-1111-4c3b-9a7e-0c8f3e6d2b10</RequestId></ErrorResponse>");
    }

    public WireResponse after(Duration wait) {
        return new WireResponse(status, headers, body, wait);
    }
}
