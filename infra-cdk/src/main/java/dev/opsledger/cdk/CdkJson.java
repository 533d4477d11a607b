package dev.opsledger.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code context} of {@code cdk.json}. The CDK CLI hands it to the app itself; the app reads it too, so
 * that {@code ./opsledger synth} and the tests, which run without the CLI, see the same values.
 */
public final class CdkJson {

    private CdkJson() {
    }

    public static Map<String, Object> context(Path cdkJson) {
        try {
            JsonNode context = new ObjectMapper().readTree(Files.readString(cdkJson)).path("context");
            Map<String, Object> values = new LinkedHashMap<>();
            context.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().isTextual()
                    ? entry.getValue().asText() : entry.getValue().toString()));
            return values;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the CDK context from " + cdkJson.toAbsolutePath(), unreadable);
        }
    }
}
