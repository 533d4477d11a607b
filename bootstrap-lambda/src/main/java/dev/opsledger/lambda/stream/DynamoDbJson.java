package dev.opsledger.lambda.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item in DynamoDB JSON, as a stream record's {@code NewImage} carries it ({@code {"S": "..."}},
 * {@code {"N": "12"}}, {@code {"M": {...}}}…), read into the SDK's attribute values, so that the same
 * code reads a commit item from the stream and from the table.
 */
public final class DynamoDbJson {

    private DynamoDbJson() {
    }

    public static Map<String, AttributeValue> item(JsonNode image, String field) {
        if (image == null || !image.isObject()) {
            throw new IllegalArgumentException(field + " must be an object of attributes in DynamoDB JSON");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        image.properties().forEach(attribute ->
                item.put(attribute.getKey(), value(attribute.getValue(), field + "." + attribute.getKey())));
        return item;
    }

    private static AttributeValue value(JsonNode typed, String field) {
        if (typed == null || !typed.isObject() || typed.size() != 1) {
            throw new IllegalArgumentException(field + " must be an object with exactly one type key (S, N, M, L…)");
        }
        Map.Entry<String, JsonNode> only = typed.properties().iterator().next();
        JsonNode content = only.getValue();
        return switch (only.getKey()) {
            case "S" -> AttributeValue.fromS(text(content, field));
            case "N" -> AttributeValue.fromN(text(content, field));
            case "B" -> AttributeValue.fromB(bytes(content, field));
            case "BOOL" -> AttributeValue.fromBool(content.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "M" -> AttributeValue.fromM(item(content, field));
            case "L" -> AttributeValue.fromL(list(content, field));
            case "SS" -> AttributeValue.fromSs(texts(content, field));
            case "NS" -> AttributeValue.fromNs(texts(content, field));
            case "BS" -> AttributeValue.fromBs(texts(content, field).stream()
                    .map(encoded -> SdkBytes.fromByteArray(Base64.getDecoder().decode(encoded))).toList());
            default -> throw new IllegalArgumentException(field + " has the unknown DynamoDB type " + only.getKey());
        };
    }

    private static List<AttributeValue> list(JsonNode elements, String field) {
        if (!elements.isArray()) {
            throw new IllegalArgumentException(field + ".L must be an array");
        }
        List<AttributeValue> values = new ArrayList<>(elements.size());
        for (int index = 0; index < elements.size(); index++) {
            values.add(value(elements.get(index), field + "[" + index + "]"));
        }
        return values;
    }

    private static List<String> texts(JsonNode elements, String field) {
        if (!elements.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>(elements.size());
        elements.forEach(element -> texts.add(text(element, field)));
        return texts;
    }

    private static String text(JsonNode content, String field) {
        if (!content.isTextual()) {
            throw new IllegalArgumentException(field + " must hold a string");
        }
        return content.textValue();
    }

    private static SdkBytes bytes(JsonNode content, String field) {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text(content, field)));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(field + " must hold base64: " + notBase64.getMessage());
        }
    }
}
