package dev.opsledger.application.replication;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.List;

/** A store that notes which streams each kind of append went to, in call order, and passes every call on. */
final class AppendCountingEventStore implements EventStore {

    private final EventStore store;
    private final List<StreamId> generalAppends = new ArrayList<>();
    private final List<StreamId> appendsAfterAHead = new ArrayList<>();

    AppendCountingEventStore(EventStore store) {
        this.store = store;
    }

    List<StreamId> generalAppends() {
        return List.copyOf(generalAppends);
    }

    List<StreamId> appendsAfterAHead() {
        return List.copyOf(appendsAfterAHead);
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        generalAppends.add(stream);
        return store.append(stream, expectedVersion, events);
    }

    @Override
    public AppendResult appendAfter(Commit knownLast, List<NewEvent> events) {
        appendsAfterAHead.add(knownLast.stream());
        return store.appendAfter(knownLast, events);
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
