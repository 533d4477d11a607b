package dev.opsledger.local;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * What went wrong with the DynamoDB server a command was pointed at, in one line that names it: the SDK's
 * own messages run over several lines and talk about retries and credentials a local server never needs.
 */
final class ServerFailure {

    static final String START_DYNALITE = "start dynalite with: npx dynalite --port 4567 --createTableMs 0";
    /** How long one call to the server may take, its one retry included, before the command gives up. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

    private ServerFailure() {
    }

    static String describe(URI server, Throwable failure) {
        if (causedBy(failure, UnknownHostException.class)) {
            return "no DynamoDB server at " + server + ": unknown host '" + server.getHost() + "'";
        }
        if (causedBy(failure, ConnectException.class)) {
            return "no DynamoDB answered at " + server + " (connection refused); " + START_DYNALITE;
        }
        if (causedBy(failure, ApiCallTimeoutException.class) || causedBy(failure, ApiCallAttemptTimeoutException.class)
                || causedBy(failure, SocketTimeoutException.class)) {
            return "no DynamoDB answered at " + server + " within " + CALL_TIMEOUT.toSeconds() + " s: the server took"
                    + " the connection and sent nothing back; is it a DynamoDB server (dynalite)?";
        }
        if (causedBy(failure, AwsServiceException.class)) {
            return "the server at " + server + " refused: " + firstLine(failure.getMessage());
        }
        String message = firstLine(failure.getMessage());
        if (message.startsWith("Unable to unmarshall response")) {
            return "the server at " + server + " answered, but not in DynamoDB's JSON: is it a DynamoDB server"
                    + " (dynalite)?";
        }
        return "the server at " + server + " did not answer as DynamoDB does (" + message + ")";
    }

    static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
