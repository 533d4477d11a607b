package dev.opsledger.aws.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An upper bound of an item's size as DynamoDB counts it against its 400 KB limit: attribute names and
 * strings in UTF-8 bytes, numbers at most 21 bytes, 3 bytes plus 1 per element for lists and maps.
 */
final class ItemSize {

    private static final int MAX_NUMBER_BYTES = 21;
    private static final int CONTAINER_OVERHEAD = 3;

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    private static long of(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> MAX_NUMBER_BYTES;
            case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
            case L -> CONTAINER_OVERHEAD + value.l().stream().mapToLong(element -> 1 + of(element)).sum();
            case M -> CONTAINER_OVERHEAD + value.m().size() + of(value.m());
            case BOOL, NUL -> 1;
            default -> throw new IllegalArgumentException("commit items hold no " + value.type() + " attribute");
        };
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
