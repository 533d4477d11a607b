package dev.opsledger.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalApiGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream functionLog = new ByteArrayOutputStream();
    private LocalApiGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void a_post_arrives_as_the_proxy_event_api_gateway_sends_for_a_proxy_resource() throws Exception {
        start(new EchoHandler(), Optional.empty());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        HttpResponse<String> response = client.send(request("/metrics/deployments/d-1?service=checkout&tag=a&tag=b%20c&flag")
                .header("X-Custom", "one").header("x-custom", "two").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\":\"é\"}")).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode event = JSON.readTree(response.body());
        assertThat(event.get("resource").asText()).isEqualTo("/{proxy+}");
        assertThat(event.get("path").asText()).isEqualTo("/metrics/deployments/d-1");
        assertThat(event.get("httpMethod").asText()).isEqualTo("POST");
        assertThat(event.get("pathParameters").get("proxy").asText()).isEqualTo("metrics/deployments/d-1");
        assertThat(event.get("stageVariables").isNull()).isTrue();
        assertThat(event.get("queryStringParameters").get("service").asText()).isEqualTo("checkout");
        assertThat(event.get("queryStringParameters").get("tag").asText()).as("the last value").isEqualTo("b c");
        assertThat(event.get("queryStringParameters").get("flag").asText()).isEmpty();
        assertThat(texts(event.get("multiValueQueryStringParameters").get("tag"))).containsExactly("a", "b c");
        assertThat(event.get("headers").get("X-custom").asText()).as("the last value").isEqualTo("two");
        assertThat(texts(event.get("multiValueHeaders").get("X-custom"))).containsExactly("one", "two");
        assertThat(event.get("headers").get("Content-type").asText()).isEqualTo("application/json");
        assertThat(event.get("headers").get("X-Forwarded-For").asText()).isEqualTo("127.0.0.1");
        assertThat(event.get("headers").get("X-Forwarded-Proto").asText()).isEqualTo("http");
        assertThat(event.get("headers").get("X-Forwarded-Port").asText()).isEqualTo(String.valueOf(gateway.uri().getPort()));
        assertThat(event.get("headers").get("X-Amzn-Trace-Id").asText()).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
        assertThat(event.get("body").asText()).isEqualTo("{\"name\":\"é\"}");
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();

        JsonNode context = event.get("requestContext");
        assertThat(context.get("stage").asText()).isEqualTo("local");
        assertThat(context.get("path").asText()).isEqualTo("/local/metrics/deployments/d-1");
        assertThat(context.get("resourcePath").asText()).isEqualTo("/{proxy+}");
        assertThat(context.get("httpMethod").asText()).isEqualTo("POST");
        assertThat(context.get("protocol").asText()).isEqualTo("HTTP/1.1");
        assertThat(context.get("requestId").asText()).matches("[0-9a-f-]{36}")
                .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow())
                .isNotEqualTo(response.headers().firstValue("Lambda-Request-Id").orElseThrow());
        assertThat(context.get("accountId").asText()).matches("\\d{12}");
        assertThat(context.get("apiId").asText()).isNotBlank();
        assertThat(context.get("domainName").asText()).isEqualTo("127.0.0.1:" + gateway.uri().getPort());
        assertThat(context.get("identity").get("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.get("identity").get("userAgent").asText()).startsWith("Java-http-client");
        assertThat(context.get("identity").get("apiKey").isNull()).isTrue();
        assertThat(Instant.ofEpochMilli(context.get("requestTimeEpoch").asLong())).isBetween(before, Instant.now());
        assertThat(context.get("requestTime").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
    }

    @Test
    void a_get_without_query_or_body_has_null_parameters_and_body() throws Exception {
        start(new EchoHandler(), Optional.empty());

        JsonNode event = JSON.readTree(client.send(request("/health").GET().build(), BodyHandlers.ofString()).body());

        assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(event.get("queryStringParameters").isNull()).isTrue();
        assertThat(event.get("multiValueQueryStringParameters").isNull()).isTrue();
        assertThat(event.get("body").isNull()).isTrue();
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(event.get("pathParameters").get("proxy").asText()).isEqualTo("health");
    }

    @Test
    void the_root_is_its_own_resource_without_path_parameters() throws Exception {
        start(new EchoHandler(), Optional.empty());

        JsonNode event = JSON.readTree(client.send(request("/").GET().build(), BodyHandlers.ofString()).body());

        assertThat(event.get("resource").asText()).isEqualTo("/");
        assertThat(event.get("pathParameters").isNull()).isTrue();
        assertThat(event.get("requestContext").get("path").asText()).isEqualTo("/local/");
    }

    @Test
    void a_body_that_is_not_utf8_arrives_base64_encoded() throws Exception {
        start(new EchoHandler(), Optional.empty());
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1};

        JsonNode event = JSON.readTree(client.send(request("/metrics").POST(BodyPublishers.ofByteArray(binary)).build(),
                BodyHandlers.ofString()).body());

        assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.get("body").asText())).isEqualTo(binary);
    }

    @Test
    void the_api_key_guards_metrics_but_not_health_and_reaches_the_function_in_the_identity() throws Exception {
        start(new EchoHandler(), Optional.of("s3cret"));

        HttpResponse<String> withoutKey = client.send(request("/metrics").GET().build(), BodyHandlers.ofString());
        HttpResponse<String> wrongKey = client.send(request("/metrics/deployments/d-1").header("x-api-key", "guess")
                .GET().build(), BodyHandlers.ofString());
        HttpResponse<String> withKey = client.send(request("/metrics").header("X-API-Key", "s3cret").GET().build(),
                BodyHandlers.ofString());
        HttpResponse<String> health = client.send(request("/health").GET().build(), BodyHandlers.ofString());

        assertThat(withoutKey.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(withoutKey.body()).get("message").asText()).isEqualTo("Forbidden");
        assertThat(withoutKey.headers().firstValue("x-amzn-ErrorType")).hasValue("ForbiddenException");
        assertThat(wrongKey.statusCode()).isEqualTo(403);
        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(withKey.body()).get("requestContext").get("identity").get("apiKey").asText())
                .isEqualTo("s3cret");
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void the_answer_carries_status_headers_of_both_maps_and_a_base64_body() throws Exception {
        String answer = """
                {"statusCode": 201, "headers": {"Location": "/metrics/deployments/d-1", "X-Both": "single"},
                 "multiValueHeaders": {"X-Both": ["first", "second"], "X-Many": ["a", "b"]},
                 "body": "%s", "isBase64Encoded": true}
                """.formatted(Base64.getEncoder().encodeToString("created".getBytes(StandardCharsets.UTF_8)));
        start(answering(answer), Optional.empty());

        HttpResponse<String> response = client.send(request("/metrics").POST(BodyPublishers.ofString("{}")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("created");
        assertThat(response.headers().allValues("Location")).containsExactly("/metrics/deployments/d-1");
        assertThat(response.headers().allValues("X-Both")).containsExactly("first", "second");
        assertThat(response.headers().allValues("X-Many")).containsExactly("a", "b");
        assertThat(response.headers().firstValue("Content-Type")).as("API Gateway's default").hasValue("application/json");
    }

    @Test
    void a_function_that_fails_or_answers_no_proxy_response_gets_a_502_without_details() throws Exception {
        start((input, output, context) -> {
            throw new IllegalStateException("boom at dev.opsledger.Secret");
        }, Optional.empty());
        HttpResponse<String> failed = client.send(request("/metrics").GET().build(), BodyHandlers.ofString());
        gateway.close();
        start(answering("{\"body\": \"no status\"}"), Optional.empty());
        HttpResponse<String> malformed = client.send(request("/metrics").GET().build(), BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(failed, malformed)) {
            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(JSON.readTree(response.body()).get("message").asText()).isEqualTo("Internal server error");
            assertThat(response.body()).doesNotContain("boom").doesNotContain("dev.opsledger");
        }
        assertThat(functionLog.toString(StandardCharsets.UTF_8)).contains("boom").contains("no status");
    }

    @Test
    void a_payload_over_api_gateways_limit_is_refused_before_the_function() throws Exception {
        start((input, output, context) -> {
            throw new AssertionError("the function must not be called");
        }, Optional.empty());

        HttpResponse<String> response = client.send(request("/metrics")
                .POST(BodyPublishers.ofByteArray(new byte[GatewayRoute.MAX_PAYLOAD_BYTES + 1])).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private void start(RequestStreamHandler handler, Optional<String> apiKey) throws IOException {
        gateway = LocalApiGateway.start("127.0.0.1", 0, handler, apiKey, List.of(), 2,
                new PrintStream(functionLog, true, StandardCharsets.UTF_8));
    }

    private static RequestStreamHandler answering(String answer) {
        return (input, output, context) -> {
            input.readAllBytes();
            output.write(answer.getBytes(StandardCharsets.UTF_8));
        };
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(gateway.uri() + pathAndQuery)).version(HttpClient.Version.HTTP_1_1);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
