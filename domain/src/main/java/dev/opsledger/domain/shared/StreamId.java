package dev.opsledger.domain.shared;

import java.util.Objects;

/**
 * The identity of one event stream: a category (the aggregate kind) and a key within it, written
 * {@code category:key}. The category decides, among other things, whether a stream is replicated.
 */
public record StreamId(String value) implements Comparable<StreamId> {

    private static final char SEPARATOR = ':';

    public StreamId {
        Objects.requireNonNull(value, "stream id");
        int separator = value.indexOf(SEPARATOR);
        if (separator <= 0 || separator == value.length() - 1) {
            throw new IllegalArgumentException("stream id must be 'category:key', was '" + value + "'");
        }
    }

    public static StreamId of(String category, String key) {
        return new StreamId(category + SEPARATOR + key);
    }

    public String category() {
        return value.substring(0, value.indexOf(SEPARATOR));
    }

    public String key() {
        return value.substring(value.indexOf(SEPARATOR) + 1);
    }

    @Override
    public int compareTo(StreamId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
