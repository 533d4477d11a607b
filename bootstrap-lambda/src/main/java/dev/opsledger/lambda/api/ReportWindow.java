package dev.opsledger.lambda.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@code GET /metrics}, checked: known parameters only, each at most once; names by the
 * API's name rule; a window of 1 to 366 days, {@code from} before {@code to}, within the span
 * {@link Timestamps} accepts. {@code to} defaults to now and {@code from} to 30 days before {@code to}.
 */
record ReportWindow(Optional<String> service, String environment, Instant from, Instant to) {

    static final String DEFAULT_ENVIRONMENT = "production";
    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
    static final Duration SHORTEST = Duration.ofDays(1);
    static final Duration LONGEST = Duration.ofDays(366);
    private static final Set<String> PARAMETERS = Set.of("service", "environment", "from", "to");

    static ReportWindow of(Map<String, List<String>> query, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                errors.add(new FieldError(capped(name), "is not a parameter of this route: service, environment, from, to"));
            } else if (values.size() > 1) {
                errors.add(new FieldError(name, "must be given once"));
            }
        });
        Optional<String> service = single(query, "service").flatMap(text -> name("service", text, errors));
        String environment = single(query, "environment")
                .map(text -> name("environment", text, errors).orElse(DEFAULT_ENVIRONMENT))
                .orElse(DEFAULT_ENVIRONMENT);
        Optional<Instant> to = single(query, "to").map(text -> instant("to", text, now, errors)).orElse(Optional.of(now));
        Optional<Instant> from = single(query, "from").map(text -> instant("from", text, now, errors))
                .orElse(to.map(end -> end.minus(DEFAULT_LENGTH)));
        if (errors.isEmpty()) {
            checkWindow(from.orElseThrow(), to.orElseThrow(), errors);
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new ReportWindow(service, environment, from.orElseThrow(), to.orElseThrow());
    }

    private static void checkWindow(Instant from, Instant to, List<FieldError> errors) {
        if (!from.isBefore(to)) {
            errors.add(new FieldError("from", "must be before to"));
        } else if (Duration.between(from, to).compareTo(SHORTEST) < 0
                || Duration.between(from, to).compareTo(LONGEST) > 0) {
            errors.add(new FieldError("from", "the window from .. to must last 1 to 366 days"));
        } else if (from.isBefore(Timestamps.EARLIEST)) {
            errors.add(new FieldError("from", "must not be before " + Timestamps.EARLIEST));
        }
    }

    private static Optional<String> single(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.size() == 1 ? Optional.of(values.getFirst()) : Optional.empty();
    }

    private static Optional<String> name(String field, String text, List<FieldError> errors) {
        Names.Result result = Names.normalized(text, field);
        if (result.name().isEmpty()) {
            errors.add(new FieldError(field, result.problem()));
        }
        return result.name();
    }

    private static Optional<Instant> instant(String field, String text, Instant now, List<FieldError> errors) {
        Timestamps.Result result = Timestamps.parse(text, now);
        if (result.instant().isEmpty()) {
            errors.add(new FieldError(field, result.problem()));
        }
        return result.instant();
    }

    private static String capped(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "…" : name;
    }
}
