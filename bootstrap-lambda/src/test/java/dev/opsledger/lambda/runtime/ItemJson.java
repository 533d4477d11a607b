package dev.opsledger.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item as DynamoDB JSON, the form a stream record's {@code NewImage} has. */
final class ItemJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemJson() {
    }

    static ObjectNode of(Map<String, AttributeValue> item) {
        ObjectNode image = JSON.createObjectNode();
        item.forEach((name, value) -> image.set(name, value(value)));
        return image;
    }

    private static ObjectNode value(AttributeValue value) {
        ObjectNode typed = JSON.createObjectNode();
        switch (value.type()) {
            case S -> typed.put("S", value.s());
            case N -> typed.put("N", value.n());
            case B -> typed.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> typed.put("BOOL", value.bool());
            case NUL -> typed.put("NULL", true);
            case M -> typed.set("M", of(value.m()));
            case L -> {
                ArrayNode list = typed.putArray("L");
                value.l().forEach(element -> list.add(value(element)));
            }
            case SS -> value.ss().forEach(typed.putArray("SS")::add);
            case NS -> value.ns().forEach(typed.putArray("NS")::add);
            default -> throw new IllegalArgumentException("no test support for " + value.type());
        }
        return typed;
    }
}
