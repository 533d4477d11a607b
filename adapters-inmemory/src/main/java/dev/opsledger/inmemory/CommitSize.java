package dev.opsledger.inmemory;

import dev.opsledger.application.port.CommitTooLarge;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.StreamId;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The twin of the table's 350 KB commit guard. This store serialises nothing, so an event is measured by its id
 * and its record's text ({@code toString} names every field and value, much as the stored JSON does): a commit
 * the table refuses for its size is refused here too, and one well under the limit is taken by both.
 */
final class CommitSize {

    /** The table's limit: below DynamoDB's 400 KB per item. */
    static final long MAX_COMMIT_BYTES = CommitTooLarge.MAX_COMMIT_BYTES;

    private CommitSize() {
    }

    static void refuseOversized(StreamId stream, List<NewEvent> batch) {
        long bytes = batch.stream().mapToLong(event -> utf8(event.id().value()) + utf8(event.event().toString())).sum();
        if (bytes > MAX_COMMIT_BYTES) {
            throw new CommitTooLarge(stream, batch.size(), bytes, MAX_COMMIT_BYTES);
        }
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
