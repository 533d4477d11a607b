package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * docs/openapi.yaml, as the tests hold answers against it: the answer's status must be documented for its
 * route and method (or, off every route, under {@code x-every-route-answers}), its content type listed
 * there, its body valid against that schema, and the headers the response declares present.
 */
final class OpenApiContract {

    static final Path DOCUMENT = Path.of("..", "docs", "openapi.yaml").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final OpenApiContract INSTANCE = new OpenApiContract();

    /** The id the document is registered under with the validator, which then reads no file itself. */
    private static final String ID = "https://opsledger.dev/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract() {
        try {
            document = YAML.readTree(Files.readString(DOCUMENT));
            registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(ID, document.toString())));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static OpenApiContract instance() {
        return INSTANCE;
    }

    /** Every way the answer departs from the contract; empty when it keeps it. */
    List<String> violations(String method, String path, Answer answer) {
        List<String> violations = new ArrayList<>();
        String status = String.valueOf(answer.status());
        Optional<String> responsePointer = responsePointer(method, path, status);
        if (responsePointer.isEmpty()) {
            violations.add(method + " " + path + " answered " + status + ", which the contract does not list");
            return violations;
        }
        String pointer = resolved(responsePointer.get());
        JsonNode response = at(pointer);
        response.path("headers").fieldNames().forEachRemaining(header -> {
            if (answer.header(header).isEmpty() && !header.equals("Idempotent-Replayed")) {
                violations.add(status + " lacks the header " + header);
            }
        });
        String contentType = answer.header("Content-Type").orElse("").split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!response.path("content").has(contentType)) {
            violations.add(status + " answered " + contentType + ", the contract lists " + response.path("content"));
            return violations;
        }
        String schemaPointer = pointer + "/content/" + escape(contentType) + "/schema";
        for (Error error : schema(schemaPointer).validate(answer.rawBody(), InputFormat.JSON)) {
            violations.add(status + " body: " + error);
        }
        return violations;
    }

    private Optional<String> responsePointer(String method, String path, String status) {
        Optional<Router.Match> match = Router.match(path);
        if (match.isPresent() && match.get().route().methods().contains(method)) {
            String operation = "/paths/" + escape(match.get().route().template()) + "/" + method.toLowerCase(Locale.ROOT);
            String pointer = operation + "/responses/" + status;
            if (!at(pointer).isMissingNode()) {
                return Optional.of(pointer);
            }
        }
        String everywhere = "/x-every-route-answers/responses/" + status;
        return at(everywhere).isMissingNode() ? Optional.empty() : Optional.of(everywhere);
    }

    private String resolved(String pointer) {
        JsonNode node = at(pointer);
        return node.has("$ref") ? node.get("$ref").asText().substring(1) : pointer;
    }

    private JsonNode at(String pointer) {
        return document.at(pointer);
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer,
                unloaded -> registry.getSchema(SchemaLocation.of(ID + "#" + pointer)));
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
