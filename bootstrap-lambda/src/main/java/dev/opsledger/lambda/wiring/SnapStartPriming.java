package dev.opsledger.lambda.wiring;

import java.util.Objects;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Runs a handler's dry request before SnapStart takes its snapshot, so the restored container starts with
 * the request path's classes loaded and its clients built instead of paying for them on the first call.
 * The priming must not write. The runtime keeps registered resources weakly: the handler holds this
 * object in a field for as long as it lives.
 *
 * <p>Outside SnapStart (no {@code org.crac} implementation, or an on-demand init) registering does
 * nothing and the priming never runs.
 */
public final class SnapStartPriming implements Resource {

    private final Runnable dryRequest;

    private SnapStartPriming(Runnable dryRequest) {
        this.dryRequest = Objects.requireNonNull(dryRequest, "dryRequest");
    }

    /** Registers {@code dryRequest} to run before the checkpoint; keep the returned object referenced. */
    public static SnapStartPriming register(Runnable dryRequest) {
        SnapStartPriming priming = new SnapStartPriming(dryRequest);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        dryRequest.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the SDK clients resolve credentials and connections on their next call.
    }
}
