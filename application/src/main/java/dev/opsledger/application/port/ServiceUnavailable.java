package dev.opsledger.application.port;

/**
 * A port's backing service did not do the work (down, throttling, timing out). Nothing is known to
 * have changed for a read; for a write, the caller retries with the same event ids, which is safe.
 */
public final class ServiceUnavailable extends RuntimeException {

    private final boolean throttled;

    public ServiceUnavailable(String message, boolean throttled) {
        super(message);
        this.throttled = throttled;
    }

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
        this.throttled = false;
    }

    public boolean throttled() {
        return throttled;
    }
}
