package dev.opsledger.domain.dora;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** What a DORA report covers: one service in one environment, over the half-open window [from, to). */
public record ReportScope(String service, String environment, Instant from, Instant to) {

    public ReportScope {
        requireText(service, "service");
        requireText(environment, "environment");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, was " + from + " .. " + to);
        }
    }

    public boolean covers(String service, String environment) {
        return this.service.equals(service) && this.environment.equals(environment);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The number of UTC calendar days the window touches, even partly. */
    public long calendarDays() {
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC);
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
