package dev.opsledger.domain.incident;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

public record IncidentId(String value) {

    public static final String STREAM_CATEGORY = "incident";

    public IncidentId {
        Objects.requireNonNull(value, "incident id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("incident id must not be blank");
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
