package dev.opsledger.local;

/** The command line asked for something that does not exist or is malformed: told on stderr, exit 2. */
public final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
