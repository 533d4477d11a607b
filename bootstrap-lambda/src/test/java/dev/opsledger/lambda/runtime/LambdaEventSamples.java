package dev.opsledger.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.aws.dynamodb.EventTableSchema;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Events shaped as AWS delivers them to a function, after AWS's own samples. */
public final class LambdaEventSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaEventSamples() {
    }

    /**
     * A REST API proxy event for a {@code /{proxy+}} resource on stage {@code prod}: headers in mixed case and
     * as {@code multiValueHeaders}, the query in both forms, the stage in the request context's path.
     */
    public static String proxyEvent(String method, String path, Map<String, String> query, String body) {
        return proxyEvent(method, path, query, body, Map.of());
    }

    /** The same with headers a browser adds, such as its {@code Origin}. */
    public static String proxyEvent(String method, String path, Map<String, String> query, String body,
            Map<String, String> extraHeaders) {
        ObjectNode event = JSON.createObjectNode()
                .put("resource", "/{proxy+}")
                .put("path", path)
                .put("httpMethod", method);
        ObjectNode headers = event.putObject("headers");
        ObjectNode multiValueHeaders = event.putObject("multiValueHeaders");
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        sent.put("Accept", "application/json");
        sent.put("content-type", "application/json");
        sent.put("Host", "abc123.execute-api.us-east-1.amazonaws.com");
        sent.put("User-Agent", "curl/8.5.0");
        sent.put("X-Forwarded-For", "203.0.113.7");
        sent.put("x-forwarded-proto", "https");
        sent.putAll(extraHeaders);
        sent.forEach((name, value) -> {
            headers.put(name, value);
            multiValueHeaders.putArray(name).add(value);
        });
        if (query.isEmpty()) {
            event.putNull("queryStringParameters").putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode single = event.putObject("queryStringParameters");
            ObjectNode multi = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, value) -> {
                single.put(name, value);
                multi.putArray(name).add(value);
            });
        }
        event.putObject("pathParameters").put("proxy", path.substring(1));
        event.putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012")
                .put("resourceId", "us4z18")
                .put("stage", "prod")
                .put("requestId", java.util.UUID.randomUUID().toString())
                .put("requestTime", "04/Dec/2026:09:00:00 +0000")
                .put("requestTimeEpoch", 1764838800000L)
                .put("path", "/prod" + path)
                .put("resourcePath", "/{proxy+}")
                .put("httpMethod", method)
                .put("apiId", "abc123")
                .put("protocol", "HTTP/1.1");
        context.putObject("identity").put("sourceIp", "203.0.113.7").put("userAgent", "curl/8.5.0");
        if (body == null) {
            event.putNull("body");
        } else {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    public static String scheduledEvent(String region) {
        return """
                {"version":"0","id":"cdc73f9d-aea9-11e3-9d5a-835b769c0d9c","detail-type":"Scheduled Event",
                 "source":"aws.events","account":"123456789012","time":"2026-12-04T09:00:00Z","region":"%s",
                 "resources":["arn:aws:events:%s:123456789012:rule/opsledger-schedule"],"detail":{}}"""
                .formatted(region, region);
    }

    /** A pipeline execution's state change, as in the CodePipeline user guide's sample (no source revision in it). */
    public static String pipelineExecutionStateChange(String executionId, String state, String time) {
        return """
                {"version":"0","id":"01234567-0123-0123-0123-012345678901",
                 "detail-type":"CodePipeline Pipeline Execution State Change","source":"aws.codepipeline",
                 "account":"123456789012","time":"%s","region":"us-east-1",
                 "resources":["arn:aws:codepipeline:us-east-1:123456789012:opsledger"],
                 "detail":{"pipeline":"opsledger","execution-id":"%s","state":"%s","version":3.0,
                  "pipeline-execution-attempt":1.0}}"""
                .formatted(time, executionId, state);
    }

    /** The source action's success: {@code execution-result.external-execution-id} is the fetched commit. */
    public static String sourceActionSucceeded(String executionId, String commitSha, String time) {
        return """
                {"version":"0","id":"11234567-0123-0123-0123-012345678901",
                 "detail-type":"CodePipeline Action Execution State Change","source":"aws.codepipeline",
                 "account":"123456789012","time":"%s","region":"us-east-1",
                 "resources":["arn:aws:codepipeline:us-east-1:123456789012:opsledger"],
                 "detail":{"pipeline":"opsledger","execution-id":"%s","stage":"Source","action":"Source",
                  "state":"SUCCEEDED","region":"us-east-1",
                  "type":{"owner":"AWS","provider":"CodeStarSourceConnection","category":"Source","version":"1"},
                  "version":3.0,"pipeline-execution-attempt":1.0,
                  "execution-result":{"external-execution-url":"https://github.com/opsledger/opsledger/commit/%s",
                   "external-execution-summary":"{\\"ProviderType\\":\\"GitHub\\",\\"CommitMessage\\":\\"Release\\"}",
                   "external-execution-id":"%s"},
                  "output-artifacts":[{"name":"SourceArtifact","s3location":{"bucket":"opsledger-artifacts",
                   "key":"opsledger/SourceArti/abcdefg"}}]}}"""
                .formatted(time, executionId, commitSha, commitSha);
    }

    /** One INSERT record per item, numbered from {@code firstSequenceNumber}, with the item as its {@code NewImage}. */
    public static String streamEvent(String region, String table, long firstSequenceNumber,
            List<Map<String, AttributeValue>> items) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        long sequenceNumber = firstSequenceNumber;
        for (Map<String, AttributeValue> item : items) {
            ObjectNode record = records.addObject()
                    .put("eventID", "c4ca4238a0b923820dcc509a6f75849b" + sequenceNumber)
                    .put("eventName", "INSERT")
                    .put("eventVersion", "1.1")
                    .put("eventSource", "aws:dynamodb")
                    .put("awsRegion", region);
            ObjectNode change = record.putObject("dynamodb").put("ApproximateCreationDateTime", 1.7648388E9);
            ObjectNode keys = change.putObject("Keys");
            keys.set(EventTableSchema.PARTITION_KEY, ItemJson.of(Map.of("k", item.get(EventTableSchema.PARTITION_KEY))).get("k"));
            keys.set(EventTableSchema.SORT_KEY, ItemJson.of(Map.of("k", item.get(EventTableSchema.SORT_KEY))).get("k"));
            change.set("NewImage", ItemJson.of(item));
            change.put("SequenceNumber", Long.toString(sequenceNumber++))
                    .put("SizeBytes", 512)
                    .put("StreamViewType", "NEW_IMAGE");
            record.put("eventSourceARN", "arn:aws:dynamodb:" + region + ":123456789012:table/" + table
                    + "/stream/2026-12-04T00:00:00.000");
        }
        return event.toString();
    }
}
