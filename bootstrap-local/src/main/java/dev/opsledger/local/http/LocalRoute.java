package dev.opsledger.local.http;

import java.util.Optional;

/**
 * A route the local server answers itself, ahead of the API: the dashboard page, and outages under
 * {@code --chaos}. API Gateway has no such routes, so none of them exists on Lambda.
 */
public interface LocalRoute {

    /** The answer, or empty when the request is not for this route (then the API answers it). */
    Optional<OutgoingResponse> answer(IncomingRequest request);
}
