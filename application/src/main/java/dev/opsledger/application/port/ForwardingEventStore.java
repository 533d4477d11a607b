package dev.opsledger.application.port;

import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;

/**
 * An event store that hands every call to the store it wraps: a decorator extends it and overrides only the
 * calls it changes, reaching the wrapped store through {@code super}.
 */
public abstract class ForwardingEventStore implements EventStore {

    private final EventStore store;

    protected ForwardingEventStore(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return store.append(stream, expectedVersion, events);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return store.readStream(stream);
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return store.readFeed(after, maxCommits);
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        store.discardAfter(stream, version);
    }
}
