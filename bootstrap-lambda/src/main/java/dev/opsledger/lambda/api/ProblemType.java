package dev.opsledger.lambda.api;

/** The problem types of docs/openapi.yaml, each with its status and title. */
public enum ProblemType {
    INVALID_REQUEST(400, "The request is invalid"),
    MALFORMED_JSON(400, "The body is not a JSON object"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    IDEMPOTENCY_KEY_REUSED(409, "The idempotency key stands for another request"),
    PAYLOAD_TOO_LARGE(413, "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "The body must be JSON"),
    RULE_VIOLATED(422, "A rule refuses the request"),
    UNKNOWN_CAUSE(422, "The cause is not a recorded deployment"),
    INTERNAL_ERROR(500, "Internal error"),
    REGION_FENCED(503, "This region does not accept writes"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private static final String BASE = "https://opsledger.dev/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
