package dev.opsledger.cdk;

/**
 * The API function's own variable, as {@code bootstrap-lambda}'s {@code AllowedOrigins} reads it (the
 * handler-names test compares the name with the one in the API's jar).
 */
final class ApiEnvironment {

    static final String ALLOWED_ORIGINS = "OPSLEDGER_ALLOWED_ORIGINS";

    private ApiEnvironment() {
    }
}
