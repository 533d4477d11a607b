package dev.opsledger.inmemory.simulation;

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
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A region's table as its change stream sees it: every commit written, by whichever writer, is handed to
 * the listeners the moment it is acknowledged, as a DynamoDB stream record is.
 */
final class ChangeStreamTap implements EventStore {

    private final EventStore table;
    private final List<Consumer<Commit>> listeners = new ArrayList<>();

    ChangeStreamTap(EventStore table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    void subscribe(Consumer<Commit> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return announced(table.append(stream, expectedVersion, events));
    }

    @Override
    public AppendResult appendAfter(Commit knownLast, List<NewEvent> events) {
        return announced(table.appendAfter(knownLast, events));
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return table.readStream(stream);
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return table.readFeed(after, maxCommits);
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        table.discardAfter(stream, version);
    }

    private AppendResult announced(AppendResult result) {
        if (!result.alreadyAppended()) {
            listeners.forEach(listener -> listener.accept(result.commit()));
        }
        return result;
    }
}
