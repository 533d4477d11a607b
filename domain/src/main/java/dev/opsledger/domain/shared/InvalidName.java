package dev.opsledger.domain.shared;

/**
 * A name that breaks one of {@link Name}'s rules. It is bad input, not a broken invariant of an aggregate:
 * it extends {@link IllegalArgumentException}, as every command's other malformed part does, and names the
 * field and the rule so that a caller can point at the offending field.
 */
public final class InvalidName extends IllegalArgumentException {

    private final String field;
    private final String rule;

    InvalidName(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The field that holds the name, e.g. {@code service}. */
    public String field() {
        return field;
    }

    /** The rule the name breaks, e.g. {@code must have at least one visible character}. */
    public String rule() {
        return rule;
    }
}
