package dev.opsledger.local;

/**
 * DynamoDB (AWS, or the server of {@code --dynamodb-endpoint}) refused a command's work or did not answer,
 * in a way the command expects: no such table, no credentials, nobody listening. Told in one line on
 * stderr, exit 3, without a stack trace.
 */
final class DynamoDbFailed extends RuntimeException {

    DynamoDbFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
