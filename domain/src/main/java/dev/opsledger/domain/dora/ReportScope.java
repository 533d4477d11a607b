package dev.opsledger.domain.dora;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What a DORA report covers: one service in one environment, or every service of the environment when
 * {@code service} is empty, over the half-open window [from, to).
 */
public record ReportScope(Optional<String> service, String environment, Instant from, Instant to) {

    public ReportScope {
        Objects.requireNonNull(service, "service");
        service.ifPresent(name -> requireText(name, "service"));
        requireText(environment, "environment");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, was " + from + " .. " + to);
        }
    }

    public static ReportScope ofService(String service, String environment, Instant from, Instant to) {
        Objects.requireNonNull(service, "service");
        return new ReportScope(Optional.of(service), environment, from, to);
    }

    public static ReportScope ofEnvironment(String environment, Instant from, Instant to) {
        return new ReportScope(Optional.empty(), environment, from, to);
    }

    /** Whether a deployment or incident of this service and environment belongs to the scope. */
    public boolean covers(String service, String environment) {
        return this.environment.equals(environment) && this.service.map(service::equals).orElse(true);
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
