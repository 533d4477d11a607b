package dev.opsledger.application.recording;

import dev.opsledger.domain.shared.StreamId;
import java.util.Objects;

/** What the log holds about one aggregate: its state folded from its stream, and the stream's version. */
public record RecordedState<S>(StreamId stream, long version, S state) {

    public RecordedState {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("a recorded aggregate has at least one event, version was " + version);
        }
    }
}
