package dev.opsledger.domain.deployment;

import java.time.Instant;
import java.util.Objects;

/** A commit that a deployment ships; its lead time runs from {@code committedAt} to the deployment's success. */
public record Change(String commitSha, Instant committedAt) {

    public Change {
        Objects.requireNonNull(commitSha, "commitSha");
        Objects.requireNonNull(committedAt, "committedAt");
        if (!commitSha.matches("[0-9a-f]{7,64}")) {
            throw new IllegalArgumentException("commitSha must be 7 to 64 lowercase hex digits, was '" + commitSha + "'");
        }
    }
}
