package dev.opsledger.lambda.api;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 3339 timestamps with an offset, within the span the API accepts: from 2000-01-01 to one day after
 * the server's clock, so a typo of a year or a clock a century off is refused instead of recorded forever.
 */
public final class Timestamps {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration AHEAD = Duration.ofDays(1);

    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private Timestamps() {
    }

    /** The instant, or why the text is not an acceptable timestamp. */
    public static Result parse(String text, Instant now) {
        if (!RFC_3339.matcher(text).matches()) {
            return new Result(Optional.empty(), "must be an RFC 3339 timestamp with an offset, such as 2026-03-01T12:00:00Z");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notADate) {
            return new Result(Optional.empty(), "is not a valid date and time");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(now.plus(AHEAD))) {
            return new Result(Optional.empty(), "must be between " + EARLIEST + " and one day from now");
        }
        return new Result(Optional.of(instant), "");
    }

    /** Either an instant or the reason there is none. */
    public record Result(Optional<Instant> instant, String problem) {
    }
}
