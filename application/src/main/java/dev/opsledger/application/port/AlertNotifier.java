package dev.opsledger.application.port;

/**
 * Tells operators (SNS in AWS).
 *
 * <p>Contract: an alert whose {@code problemKey} is already open (notified and not yet followed by a
 * {@code RESOLVED} alert of the same key) is not sent again; a {@code RESOLVED} alert closes the problem
 * and is sent only if the problem was open. Returns whether a notification went out. May throw
 * {@link ServiceUnavailable}; the caller may retry.
 */
public interface AlertNotifier {

    boolean notify(Alert alert);
}
