package dev.opsledger.aws.dynamodb;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The earliest hour bucket that may hold a commit (see {@link EventTableSchema}). A writer lowers it
 * before writing into an earlier hour than this instance last knew to be covered; a reader starting
 * before it skips the empty hours in between.
 */
final class FeedOrigin {

    private final EventTable table;
    private volatile String coveredFrom;

    FeedOrigin(EventTable table) {
        this.table = table;
    }

    void cover(Instant committedAt) {
        String hour = EventTableSchema.hourBucket(committedAt);
        String known = coveredFrom;
        if (known != null && known.compareTo(hour) <= 0) {
            return;
        }
        table.lowerFeedOrigin(hour);
        remember(hour);
    }

    /** Where a scan from {@code after} starts: its hour, or the origin's if later; empty when nothing was ever committed. */
    Optional<Instant> firstHourToRead(Instant after) {
        Instant hour = after.truncatedTo(ChronoUnit.HOURS);
        String known = coveredFrom;
        if (known != null && known.compareTo(EventTableSchema.hourBucket(hour)) <= 0) {
            return Optional.of(hour);
        }
        return table.feedOrigin().map(origin -> {
            remember(origin);
            Instant originHour = Instant.parse(origin + ":00:00Z");
            return originHour.isAfter(hour) ? originHour : hour;
        });
    }

    /** Any hour at or after the origin will do; an earlier one spares more reads and writes. */
    private synchronized void remember(String hour) {
        if (coveredFrom == null || hour.compareTo(coveredFrom) < 0) {
            coveredFrom = hour;
        }
    }
}
