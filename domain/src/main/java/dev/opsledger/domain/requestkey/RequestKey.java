package dev.opsledger.domain.requestkey;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/**
 * The key a client sends to make a request safe to retry; the command's event ids derive from it. Bounded,
 * because it becomes part of a stream id and of every event id it derives.
 */
public record RequestKey(String value) {

    public static final String STREAM_CATEGORY = "request-key";
    public static final int MAX_LENGTH = 255;

    public RequestKey {
        Objects.requireNonNull(value, "request key");
        if (value.isBlank()) {
            throw new IllegalArgumentException("request key must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("request key must be at most " + MAX_LENGTH + " characters, was "
                    + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("request key must not contain control characters");
        }
    }

    /** The stream that remembers which stream this key was spent on. */
    public StreamId stream() {
        return StreamId.of(STREAM_CATEGORY, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
