package dev.opsledger.domain.incident;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

public record IncidentId(String value) {

    /** Bounded because the id is part of a stream id, a storage key and every claim of a request key. */
    public static final int MAX_LENGTH = 128;
    public static final String STREAM_CATEGORY = "incident";

    public IncidentId {
        Objects.requireNonNull(value, "incident id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("incident id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("incident id must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("incident id must not contain control characters");
        }
    }

    public StreamId stream() {
        return StreamId.of(STREAM_CATEGORY, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
