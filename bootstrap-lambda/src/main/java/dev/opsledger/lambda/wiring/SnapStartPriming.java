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

    private final String handler;
    private final Runnable dryRequest;

    private SnapStartPriming(String handler, Runnable dryRequest) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.dryRequest = Objects.requireNonNull(dryRequest, "dryRequest");
    }

    /**
     * Registers {@code dryRequest} of {@code handler} (a name for the log) to run before the checkpoint;
     * keep the returned object referenced.
     */
    public static SnapStartPriming register(String handler, Runnable dryRequest) {
        SnapStartPriming priming = new SnapStartPriming(handler, dryRequest);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long start = System.nanoTime();
        dryRequest.run();
        System.out.println("SnapStart priming of " + handler + " done in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the SDK clients resolve credentials and connections on their next call.
    }
}
