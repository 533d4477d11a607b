package dev.opsledger.domain.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One hour of a series of streams, written {@code <series>:<yyyy-MM-ddTHH>} (UTC). Bookkeeping that gains a
 * commit every few seconds for ever (health checks, the replication journal, the publishing checkpoint) is
 * cut by the hour, so no stream grows without bound and a reader needs only the latest hours. The hour is
 * taken from the time a command carries, never from a clock, so a retry lands in the stream of its first try.
 */
public record HourlyStream(StreamId series, Instant hour) implements Comparable<HourlyStream> {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final Comparator<HourlyStream> ORDER =
            Comparator.comparing(HourlyStream::series).thenComparing(HourlyStream::hour);

    public HourlyStream {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(hour, "hour");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("hour must start on the hour, was " + hour);
        }
    }

    /** The stream of {@code series} that holds what happens at {@code at}. */
    public static HourlyStream of(StreamId series, Instant at) {
        return new HourlyStream(series, at.truncatedTo(ChronoUnit.HOURS));
    }

    /** The hour a stream holds, when it is one hour of a series. */
    public static Optional<HourlyStream> parse(StreamId stream) {
        String value = stream.value();
        int separator = value.lastIndexOf(':');
        if (separator <= stream.category().length()) {
            return Optional.empty();
        }
        try {
            Instant hour = LocalDateTime.parse(value.substring(separator + 1), HOUR).toInstant(ZoneOffset.UTC);
            return Optional.of(new HourlyStream(new StreamId(value.substring(0, separator)), hour));
        } catch (DateTimeParseException notAnHour) {
            return Optional.empty();
        }
    }

    /** The series a stream belongs to: its series when it is one hour of one, else the stream itself. */
    public static StreamId seriesOf(StreamId stream) {
        return parse(stream).map(HourlyStream::series).orElse(stream);
    }

    public StreamId stream() {
        return new StreamId(series.value() + ":" + HOUR.format(hour));
    }

    public HourlyStream previous() {
        return new HourlyStream(series, hour.minus(1, ChronoUnit.HOURS));
    }

    @Override
    public int compareTo(HourlyStream other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return stream().toString();
    }
}
