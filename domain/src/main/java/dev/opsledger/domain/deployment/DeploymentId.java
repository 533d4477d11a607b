package dev.opsledger.domain.deployment;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

public record DeploymentId(String value) {

    /** Bounded because the id is part of a stream id, a storage key and every claim of a request key. */
    public static final int MAX_LENGTH = 128;
    public static final String STREAM_CATEGORY = "deployment";

    public DeploymentId {
        Objects.requireNonNull(value, "deployment id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("deployment id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("deployment id must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("deployment id must not contain control characters");
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
