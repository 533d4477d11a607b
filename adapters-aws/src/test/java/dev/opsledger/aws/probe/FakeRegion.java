package dev.opsledger.aws.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;

/**
 * A region's services as its probes see them on the wire: the API's {@code /health}, DynamoDB's
 * {@code DescribeTable}/{@code PutItem}/{@code GetItem} (keeping the heartbeat written), Lambda's
 * {@code GetFunction}; each answers with its protocol's throttling error once throttled.
 */
final class FakeRegion {

    static final String TABLE = "DevOpsMetrics";
    static final String FUNCTION = "opsledger-api";
    private static final String DYNAMODB = "DynamoDB_20120810.";

    private volatile boolean throttled;
    private volatile String tableStatus = "ACTIVE";
    private volatile JsonNode heartbeat;

    void throttle() {
        throttled = true;
    }

    void tableStatus(String status) {
        tableStatus = status;
    }

    WireResponse answer(WireRequest request) {
        String target = request.header("X-Amz-Target");
        if (target != null && target.startsWith(DYNAMODB)) {
            return throttled
                    ? WireResponse.awsJsonError(400, "com.amazonaws.dynamodb.v20120810#ThrottlingException", "Rate of requests exceeds the allowed throughput.")
                    : dynamoDb(target.substring(DYNAMODB.length()), request.json());
        }
        if (request.path().startsWith("/2015-03-31/functions/")) {
            return throttled
                    ? WireResponse.restJsonError(429, "TooManyRequestsException", "Rate exceeded")
                    : WireResponse.restJson(200, function("Active", "Successful"));
        }
        if (request.path().equals("/health")) {
            return throttled
                    ? WireResponse.restJson(429, "{\"message\":\"Too Many Requests\"}")
                    : WireResponse.restJson(200, "{\"status\":\"healthy\"}");
        }
        return WireResponse.restJson(404, "{\"message\":\"Not Found\"}");
    }

    static String function(String state, String lastUpdateStatus) {
        return """
                {"Configuration":{"FunctionName":"%s","FunctionArn":"arn:aws:lambda:us-east-1:123456789012:function:%s",
                 "Runtime":"java21","State":"%s","LastUpdateStatus":"%s"},
                 "Code":{"RepositoryType":"S3","Location":"https://example.com/code.zip"}}"""
                .formatted(FUNCTION, FUNCTION, state, lastUpdateStatus);
    }

    private WireResponse dynamoDb(String operation, JsonNode body) {
        return switch (operation) {
            case "DescribeTable" -> WireResponse.json(200,
                    "{\"Table\":{\"TableName\":\"" + TABLE + "\",\"TableStatus\":\"" + tableStatus + "\"}}");
            case "PutItem" -> {
                heartbeat = body.get("Item");
                yield WireResponse.json(200, "{}");
            }
            case "GetItem" -> WireResponse.json(200, heartbeat == null ? "{}" : "{\"Item\":" + heartbeat + "}");
            default -> WireResponse.awsJsonError(400, "UnknownOperationException", operation);
        };
    }
}
