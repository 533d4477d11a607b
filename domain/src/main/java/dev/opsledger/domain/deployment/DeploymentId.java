package dev.opsledger.domain.deployment;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

public record DeploymentId(String value) {

    public static final String STREAM_CATEGORY = "deployment";

    public DeploymentId {
        Objects.requireNonNull(value, "deployment id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("deployment id must not be blank");
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
