package dev.opsledger.application.port;

import java.util.Objects;

/**
 * The commit an append produced, or the earlier commit that already held the very same event ids
 * ({@code alreadyAppended}): a retry is reported, never written twice.
 */
public record AppendResult(Commit commit, boolean alreadyAppended) {

    public AppendResult {
        Objects.requireNonNull(commit, "commit");
    }
}
