package dev.opsledger.simulation;

import java.time.Duration;
import java.util.Objects;

/** One period during which the primary region is dark, as offsets from the start of the run. */
public record Outage(Duration start, Duration end) {

    public Outage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isNegative() || end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("an outage must start at or after 0 and end after it starts, was "
                    + start + " to " + end);
        }
    }
}
