package dev.opsledger.aws.replication;

/**
 * The replicator's process died: not a failure any code in it handles (it is not the port's
 * {@code ServiceUnavailable}), so it unwinds the whole pass, as a Lambda container killed mid-invocation.
 */
final class Killed extends RuntimeException {

    Killed(String message) {
        super(message, null, false, false);
    }
}
