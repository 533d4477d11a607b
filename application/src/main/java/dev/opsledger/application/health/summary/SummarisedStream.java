package dev.opsledger.application.health.summary;

import java.util.Objects;

/**
 * What the health summary keeps of one stream: what its events say so far, and {@code version}, the
 * last version of the stream folded in. Events at or below it are ignored, which makes folding idempotent.
 */
public sealed interface SummarisedStream {

    long version();

    record ComponentStream(long version, ComponentSummary component) implements SummarisedStream {

        public ComponentStream {
            Objects.requireNonNull(component, "component");
            requirePositive(version);
        }
    }

    record RouteStream(long version, RouteSummary route) implements SummarisedStream {

        public RouteStream {
            Objects.requireNonNull(route, "route");
            requirePositive(version);
        }
    }

    record FailoverStream(long version, ActiveRegionSummary active) implements SummarisedStream {

        public FailoverStream {
            Objects.requireNonNull(active, "active");
            requirePositive(version);
        }
    }

    private static void requirePositive(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }
}
