package dev.opsledger.application.recording;

import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Optional;

/** Reads one stream and folds it with its aggregate's decider: the read side of a look-up. */
final class StreamFold<S, E extends DomainEvent> {

    private final EventStore store;
    private final Decider<?, S, E> decider;
    private final Class<E> eventType;

    StreamFold(EventStore store, Decider<?, S, E> decider, Class<E> eventType) {
        this.store = store;
        this.decider = decider;
        this.eventType = eventType;
    }

    Optional<RecordedState<S>> find(StreamId stream) {
        List<RecordedEvent> history = store.readStream(stream);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        S state = decider.fold(history.stream().map(recorded -> eventType.cast(recorded.event())).toList());
        return Optional.of(new RecordedState<>(stream, history.getLast().version(), state));
    }
}
