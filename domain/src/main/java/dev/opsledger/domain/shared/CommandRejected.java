package dev.opsledger.domain.shared;

/**
 * A well-formed command that breaks a rule: an invariant of its aggregate, or (a subclass thrown by a use
 * case) a rule that spans aggregates. The message says which rule and why.
 */
public class CommandRejected extends RuntimeException {

    public CommandRejected(String message) {
        super(message);
    }
}
