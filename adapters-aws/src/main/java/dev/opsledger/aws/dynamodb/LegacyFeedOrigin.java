package dev.opsledger.aws.dynamodb;

import java.time.Instant;
import java.util.Optional;

/**
 * The feed origin item that stores wrote before the feed hours (see {@link EventTableSchema}): the
 * earliest hour any of their commits may be in. Its presence is the only trace such a store leaves, so a
 * table that has one may hold commits that no feed hour lists, and whoever reads it must walk the hours.
 */
final class LegacyFeedOrigin {

    private final EventTable table;
    private volatile Long knownOrigin;

    LegacyFeedOrigin(EventTable table) {
        this.table = table;
    }

    /**
     * The origin's hour; or, once an origin at or before {@code readingFrom} is known, that one, since a
     * read from {@code readingFrom} walks from there either way; empty when the table has no origin. Read
     * strongly consistent otherwise: the origin is never deleted and only ever lowered.
     */
    Optional<Long> atOrBefore(long readingFrom) {
        Long known = knownOrigin;
        if (known != null && known <= readingFrom) {
            return Optional.of(known);
        }
        Optional<Long> origin = table.feedOrigin()
                .map(hour -> EventTableSchema.feedHour(Instant.parse(hour + ":00:00Z")));
        origin.ifPresent(hour -> knownOrigin = hour);
        return origin;
    }
}
