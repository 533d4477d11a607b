package dev.opsledger.domain.shared;

/** A command that breaks an invariant of its aggregate; the message says which one and why. */
public final class CommandRejected extends RuntimeException {

    public CommandRejected(String message) {
        super(message);
    }
}
