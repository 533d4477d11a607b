package dev.opsledger.local;

/** The DynamoDB server a simulation runs on did not answer: the run stops, since no scenario asked for that. */
final class LocalServerFailed extends RuntimeException {

    LocalServerFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
