package dev.opsledger.local.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A function that answers 200 with the proxy event it got as its body, and the Lambda request id in a header. */
final class EchoHandler implements RequestStreamHandler {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        ObjectNode answer = json.createObjectNode();
        answer.put("statusCode", 200);
        answer.putObject("headers").put("Content-Type", "application/json")
                .put("Lambda-Request-Id", context.getAwsRequestId());
        answer.put("body", event);
        answer.put("isBase64Encoded", false);
        json.writeValue(output, answer);
    }
}
