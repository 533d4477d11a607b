package dev.opsledger.local;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them on a command line: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 1500ms},
 * {@code 0}. Each unit at most once, largest first, in ASCII digits, so {@code 5m5m} is a typo, not 10m.
 */
public final class DurationText {

    private static final Pattern WHOLE =
            Pattern.compile("(?:([0-9]+)h)?(?:([0-9]+)m(?!s))?(?:([0-9]+)s)?(?:([0-9]+)ms)?");
    private static final List<TemporalUnit> UNITS =
            List.of(ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS, ChronoUnit.MILLIS);
    /** Beyond any knob's limit, and far from where {@link Duration} arithmetic overflows. */
    private static final Duration BEYOND_ANY_LIMIT = Duration.ofDays(365_000);

    private DurationText() {
    }

    /**
     * The duration {@code text} says; one too long to represent comes back as {@link #BEYOND_ANY_LIMIT},
     * for the caller's range check to refuse in the same words as any other value out of range.
     */
    static Duration parse(String flag, String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher parts = WHOLE.matcher(text);
        if (text.isEmpty() || !parts.matches()) {
            throw new UsageError(flag + " takes a duration such as 30s, 5m, 1h30m or 1500ms (each unit once, largest"
                    + " first), not '" + text + "'");
        }
        Duration total = Duration.ZERO;
        for (int unit = 0; unit < UNITS.size(); unit++) {
            String amount = parts.group(unit + 1);
            if (amount == null) {
                continue;
            }
            if (amount.length() > 12) {
                return BEYOND_ANY_LIMIT;
            }
            total = total.plus(UNITS.get(unit).getDuration().multipliedBy(Long.parseLong(amount)));
            if (total.compareTo(BEYOND_ANY_LIMIT) > 0) {
                return BEYOND_ANY_LIMIT;
            }
        }
        return total;
    }

    /** {@link #parse}, refusing a duration outside {@code min} to {@code max} with both limits named. */
    public static Duration parse(String flag, String text, Duration min, Duration max) {
        Duration duration = parse(flag, text);
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            throw new UsageError(flag + " takes a duration from " + typeable(min) + " to " + typeable(max) + ", not '"
                    + text + "'");
        }
        return duration;
    }

    /** As a user would type it back: {@link #format}, except that a fraction of a second is written in ms. */
    static String typeable(Duration duration) {
        return duration.toMillisPart() == 0 ? format(duration) : duration.toMillis() + "ms";
    }

    /** The shortest way to write it back in the same notation: {@code 1h30m}, {@code 1.5s}, {@code 0s}. */
    static String format(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        int millis = duration.toMillisPart();
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0 || millis > 0 || text.isEmpty()) {
            text.append(seconds);
            if (millis > 0) {
                text.append('.').append("%03d".formatted(millis).replaceAll("0+$", ""));
            }
            text.append('s');
        }
        return text.toString();
    }
}
