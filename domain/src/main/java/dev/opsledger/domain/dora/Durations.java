package dev.opsledger.domain.dora;

import java.time.Duration;

final class Durations {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private Durations() {
    }

    static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / NANOS_PER_SECOND;
    }
}
