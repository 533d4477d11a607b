package dev.opsledger.application.health.summary;

import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;

/**
 * What the health summary keeps of one series of streams (a component, a route, a region pair): what its
 * events say so far, {@code stream}, the latest stream of the series folded in (its latest hour), and
 * {@code version}, the last version of that stream folded in. Events of earlier streams of the series, and
 * of that stream at or below that version, are ignored, which makes folding idempotent.
 */
public sealed interface SummarisedStream {

    StreamId stream();

    long version();

    record ComponentStream(StreamId stream, long version, ComponentSummary component) implements SummarisedStream {

        public ComponentStream {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(component, "component");
            requirePositive(version);
        }
    }

    record RouteStream(StreamId stream, long version, RouteSummary route) implements SummarisedStream {

        public RouteStream {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(route, "route");
            requirePositive(version);
        }
    }

    /** {@code switches}: the latest failovers and failbacks of the pair, newest first. */
    record FailoverStream(StreamId stream, long version, ActiveRegionSummary active, List<SwitchSummary> switches)
            implements SummarisedStream {

        public FailoverStream {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(active, "active");
            switches = List.copyOf(switches);
            requirePositive(version);
        }
    }

    private static void requirePositive(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }
}
