package dev.opsledger.bench.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item's size as DynamoDB bills it (names and strings in UTF-8, numbers about one byte per two digits). */
final class ItemBytes {

    private ItemBytes() {
    }

    static double average(List<Map<String, AttributeValue>> items) {
        return items.stream().mapToLong(ItemBytes::of).average().orElse(0);
    }

    static long of(Map<String, AttributeValue> item) {
        return item.entrySet().stream().mapToLong(attribute -> utf8(attribute.getKey()) + of(attribute.getValue())).sum();
    }

    private static long of(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> 1 + (value.n().length() + 1) / 2;
            case SS -> value.ss().stream().mapToLong(ItemBytes::utf8).sum();
            case L -> 3 + value.l().stream().mapToLong(element -> 1 + of(element)).sum();
            case M -> 3 + value.m().size() + of(value.m());
            default -> 1;
        };
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
