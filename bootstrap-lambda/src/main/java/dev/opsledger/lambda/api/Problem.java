package dev.opsledger.lambda.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem, thrown from wherever the request is found wanting and turned into the answer by
 * {@link Api}. {@code members} are the extension members (such as {@code allow} or {@code activeRegion});
 * {@code headers} go on the response (such as {@code Allow} or {@code Retry-After}). No stack trace: a
 * problem is an answer, not a failure.
 */
public final class Problem extends RuntimeException {

    private final ProblemType type;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, Object> members;
    private final Map<String, String> headers;

    public Problem(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> members,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.errors = List.copyOf(errors);
        this.members = Map.copyOf(members);
        this.headers = Map.copyOf(headers);
    }

    public Problem(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of(), Map.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().detail()
                : errors.size() + " fields are invalid, see errors";
        return new Problem(ProblemType.INVALID_REQUEST, detail, errors, Map.of(), Map.of());
    }

    public static Problem invalid(String field, String detail) {
        return invalid(List.of(new FieldError(field, detail)));
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> members() {
        return members;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
