package dev.opsledger.application.recording;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;

/** A store where another writer gets in between every read and the append that follows it. */
final class RacingEventStore implements EventStore {

    private final EventStore store;
    private final Runnable rival;
    private int appends;

    RacingEventStore(EventStore store, Runnable rival) {
        this.store = store;
        this.rival = rival;
    }

    int appends() {
        return appends;
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        appends++;
        rival.run();
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
