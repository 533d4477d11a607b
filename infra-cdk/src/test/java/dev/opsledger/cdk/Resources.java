package dev.opsledger.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.assertions.Template;

/** Reading a synthesized template's resources as plain maps. */
final class Resources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Resources() {
    }

    /** Each resource's {@code Properties}, by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(Template template, String type) {
        return template.findResources(type).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                resource -> (Map<String, Object>) ((Map<String, Object>) resource.getValue())
                        .getOrDefault("Properties", Map.of())));
    }

    /** The project's functions (not CDK's own helpers), by function name. */
    static Map<String, Map<String, Object>> functions(Template template) {
        return properties(template, "AWS::Lambda::Function").values().stream()
                .filter(function -> "java21".equals(function.get("Runtime")))
                .collect(Collectors.toMap(function -> (String) function.get("FunctionName"), function -> function));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> items ? (List<Object>) items : List.of(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> function) {
        return ((Map<String, Object>) map(function.get("Environment")).get("Variables")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> text(entry.getValue())));
    }

    /** A value as JSON text: intrinsic functions stay visible, so a test can look for a name inside them. */
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }
}
