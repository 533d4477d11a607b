package dev.opsledger.lambda.api;

import java.util.Objects;

/** One offending part of a request: a JSON pointer into the body, a query parameter or a header, and why. */
public record FieldError(String field, String detail) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }
}
