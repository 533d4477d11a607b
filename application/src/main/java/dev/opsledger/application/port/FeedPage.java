package dev.opsledger.application.port;

import dev.opsledger.domain.shared.LogPosition;
import java.util.List;
import java.util.Objects;

/** Commits in feed order and the position to read on from; {@code next} equals the request's position when empty. */
public record FeedPage(List<Commit> commits, LogPosition next) {

    public FeedPage {
        commits = List.copyOf(commits);
        Objects.requireNonNull(next, "next");
    }
}
