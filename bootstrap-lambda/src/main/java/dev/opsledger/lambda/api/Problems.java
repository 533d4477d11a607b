package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.application.fencing.RegionFenced;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.application.recording.CauseNotRecorded;
import dev.opsledger.application.recording.IdempotencyKeyReused;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.InvalidName;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Turns what a request ran into into its {@code application/problem+json} answer. The detail of a refusal
 * is the rule's own words; an unexpected failure says nothing of its cause (that goes to the request log).
 */
final class Problems {

    static final String RETRY_FENCED_SECONDS = "30";
    static final String RETRY_THROTTLED_SECONDS = "1";
    static final String RETRY_UNAVAILABLE_SECONDS = "5";

    private Problems() {
    }

    static Problem of(RuntimeException failure) {
        return switch (failure) {
            case Problem problem -> problem;
            case IdempotencyKeyReused reused -> new Problem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "the idempotency key '" + reused.commandId() + "' already stands for a different request");
            case CauseNotRecorded unknown -> new Problem(ProblemType.UNKNOWN_CAUSE, unknown.getMessage(),
                    List.of(new FieldError("/causeDeploymentId", "names no recorded deployment")), Map.of(), Map.of());
            case CommandRejected rejected -> new Problem(ProblemType.RULE_VIOLATED, rejected.getMessage());
            case InvalidName invalid -> Problem.invalid("/" + invalid.field(), invalid.rule());
            // The API checks fields more strictly than the domain does; should one still slip through, it is the
            // request's fault and must not be a 5xx.
            case IllegalArgumentException malformed -> new Problem(ProblemType.INVALID_REQUEST, malformed.getMessage());
            case RegionFenced fenced -> fenced.active()
                    .map(active -> new Problem(ProblemType.REGION_FENCED,
                            "writes go to " + active.region().name() + ", the active region",
                            List.of(), Map.of("activeRegion", active.region().name()),
                            Map.of("Retry-After", RETRY_FENCED_SECONDS)))
                    .orElseGet(() -> new Problem(ProblemType.REGION_FENCED, fenced.getMessage(), List.of(), Map.of(),
                            Map.of("Retry-After", fenced.retryAfter()
                                    .map(Problems::wholeSecondsAtLeastOne)
                                    .orElse(RETRY_UNAVAILABLE_SECONDS))));
            case ServiceUnavailable unavailable -> new Problem(ProblemType.SERVICE_UNAVAILABLE,
                    "the store did not answer; retry with the same Idempotency-Key", List.of(), Map.of(),
                    Map.of("Retry-After", unavailable.throttled() ? RETRY_THROTTLED_SECONDS : RETRY_UNAVAILABLE_SECONDS));
            case ConcurrencyConflict conflict -> new Problem(ProblemType.SERVICE_UNAVAILABLE,
                    "too many concurrent writes to this record; retry with the same Idempotency-Key", List.of(),
                    Map.of(), Map.of("Retry-After", RETRY_THROTTLED_SECONDS));
            default -> new Problem(ProblemType.INTERNAL_ERROR, "the request could not be completed");
        };
    }

    private static String wholeSecondsAtLeastOne(Duration wait) {
        return Long.toString(Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)));
    }

    static ApiResponse answer(Problem problem) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("type", problem.type().uri())
                .put("title", problem.type().title())
                .put("status", problem.type().status())
                .put("detail", problem.detail());
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            problem.errors().forEach(error -> errors.addObject().put("field", error.field()).put("detail", error.detail()));
        }
        problem.members().forEach((name, value) -> body.set(name, Json.MAPPER.valueToTree(value)));
        Map<String, String> headers = new LinkedHashMap<>(problem.headers());
        headers.put("Content-Type", "application/problem+json");
        return new ApiResponse(problem.type().status(), headers, body.toString());
    }
}
