package dev.opsledger.bench.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The same hello world as a stream handler reading the event with one ObjectMapper: what the POJO mapping costs. */
public final class HelloWorldStreamHandler implements RequestStreamHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        JSON.writeValue(output, JSON.createObjectNode()
                .put("statusCode", 200)
                .put("body", "{\"hello\":\"" + event.path("path").asText() + "\"}"));
    }
}
