package dev.opsledger.lambda.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.aws.wire.WireEndpoint;
import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one endpoint a function's SDK clients are pointed at ({@code OPSLEDGER_ENDPOINT_OVERRIDE}): DynamoDB
 * calls go on to dynalite as they came; EventBridge, SNS, Route 53, Lambda and the API's {@code /health}
 * are answered here, as those services answer, and every request is kept for the test to check.
 */
public final class AwsStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FORWARDED_HEADERS = Set.of("content-type", "x-amz-target", "authorization",
            "x-amz-date", "x-amz-content-sha256");

    private static final Pattern SIGNED_REGION = Pattern.compile("Credential=[^/]+/[^/]+/([^/]+)/dynamodb/");

    private final WireEndpoint endpoint = WireEndpoint.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, URI> dynamoDbByRegion;
    private final String recordName;
    private volatile String activeRegion = "us-east-1 0";

    /** {@code dynamoDbByRegion}: the dynalite standing in for each region's DynamoDB, told apart by the signature's scope. */
    public AwsStandIn(Map<String, URI> dynamoDbByRegion, String recordName) {
        this.dynamoDbByRegion = Map.copyOf(dynamoDbByRegion);
        this.recordName = recordName;
        endpoint.otherwise(this::answer);
    }

    public URI uri() {
        return endpoint.uri();
    }

    /** The fence Route 53 answers with: {@code "<region> <epoch>"}. */
    public void activeRegion(String region, long epoch) {
        activeRegion = region + " " + epoch;
    }

    public List<WireRequest> requests() {
        return endpoint.requests();
    }

    /** The entries of every {@code PutEvents} call, in order. */
    public List<JsonNode> putEventsEntries() {
        return requests().stream()
                .filter(request -> "AWSEvents.PutEvents".equals(request.header("X-Amz-Target")))
                .flatMap(request -> {
                    List<JsonNode> entries = new java.util.ArrayList<>();
                    request.json().get("Entries").forEach(entries::add);
                    return entries.stream();
                })
                .toList();
    }

    @Override
    public void close() {
        endpoint.close();
    }

    private WireResponse answer(WireRequest request) {
        String target = request.header("X-Amz-Target");
        if (target != null && target.startsWith("DynamoDB_")) {
            return forwardToDynamoDb(request);
        }
        if ("AWSEvents.PutEvents".equals(target)) {
            return putEvents(request);
        }
        if (request.path().startsWith("/2013-04-01/hostedzone/") && request.method().equals("GET")) {
            return fence();
        }
        if (request.path().startsWith("/2015-03-31/functions/")) {
            return WireResponse.restJson(200, """
                    {"Configuration":{"FunctionName":"opsledger-api","State":"Active","LastUpdateStatus":"Successful"}}""");
        }
        if (request.path().equals("/health")) {
            return WireResponse.restJson(200, "{\"status\":\"healthy\"}");
        }
        if (request.body().contains("Action=Publish")) {
            return WireResponse.xml(200, """
                    <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                      <PublishResult><MessageId>%s</MessageId></PublishResult>
                      <ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata>
                    </PublishResponse>""".formatted(UUID.randomUUID(), UUID.randomUUID()));
        }
        return WireResponse.restJson(404, "{\"message\":\"no stand-in for " + request.method() + " " + request.path() + "\"}");
    }

    private WireResponse forwardToDynamoDb(WireRequest request) {
        Matcher scope = SIGNED_REGION.matcher(request.headers().getOrDefault("Authorization", ""));
        URI dynamoDb = scope.find() ? dynamoDbByRegion.get(scope.group(1)) : null;
        if (dynamoDb == null) {
            return WireResponse.awsJsonError(400, "UnrecognizedClientException", "no DynamoDB for this request's region");
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(dynamoDb.resolve(request.path()))
                .POST(HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, value) -> {
            if (FORWARDED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                forward.header(name, value);
            }
        });
        try {
            HttpResponse<String> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofString());
            return new WireResponse(answer.statusCode(), Map.of("Content-Type", "application/x-amz-json-1.0"),
                    answer.body(), java.time.Duration.ZERO);
        } catch (IOException | InterruptedException e) {
            return WireResponse.awsJsonError(500, "InternalServerError", "dynalite unreachable: " + e);
        }
    }

    private static WireResponse putEvents(WireRequest request) {
        ObjectNode answer = JSON.createObjectNode().put("FailedEntryCount", 0);
        request.json().get("Entries").forEach(entry -> answer.withArray("Entries").addObject()
                .put("EventId", UUID.randomUUID().toString()));
        return WireResponse.json(200, answer.toString());
    }

    private WireResponse fence() {
        return WireResponse.xml(200, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ListResourceRecordSetsResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ResourceRecordSets>
                <ResourceRecordSet><Name>_active.%s.</Name><Type>TXT</Type><TTL>1</TTL><ResourceRecords>
                <ResourceRecord><Value>"%s"</Value></ResourceRecord></ResourceRecords></ResourceRecordSet>
                </ResourceRecordSets><IsTruncated>false</IsTruncated><MaxItems>1</MaxItems></ListResourceRecordSetsResponse>"""
                .formatted(recordName, activeRegion));
    }
}
