package dev.opsledger.application.stream;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a series of hourly streams hands its state on. An hour's first commit starts with
 * {@code carriedForward(state)}, the events that fold to the state the previous hour ended in, so a reader
 * needs no earlier stream. A reader that finds the current hour empty looks back at most
 * {@code lookBackHours} hours for the last one written; beyond that the series starts again from the
 * decider's initial state.
 */
public record Rotation<S, E>(int lookBackHours, Function<? super S, List<E>> carriedForward) {

    public Rotation {
        Objects.requireNonNull(carriedForward, "carriedForward");
        if (lookBackHours < 0) {
            throw new IllegalArgumentException("lookBackHours must not be negative, was " + lookBackHours);
        }
    }
}
