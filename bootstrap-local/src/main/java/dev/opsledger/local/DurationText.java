package dev.opsledger.local;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on a command line: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 1500ms}, {@code 0}. */
final class DurationText {

    private static final Pattern WHOLE = Pattern.compile("(\\d+(h|ms|m|s))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(h|ms|m|s)");

    private DurationText() {
    }

    static Duration parse(String flag, String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new UsageError(flag + " takes a duration such as 30s, 5m, 1h30m or 1500ms, not '" + text + "'");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
        }
        return total;
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
