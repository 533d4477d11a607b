package dev.opsledger.inmemory.fault;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;

/**
 * A region's table behind the region's faults: every call asks them first, so a dark region refuses the
 * call before the table sees it, whatever the table is (in memory, or DynamoDB on a local server).
 */
public final class FaultInjectingEventStore implements EventStore {

    private final EventStore table;
    private final Faults faults;

    public FaultInjectingEventStore(EventStore table, Faults faults) {
        this.table = Objects.requireNonNull(table, "table");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        faults.beforeCall("append to " + stream);
        return table.append(stream, expectedVersion, events);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        faults.beforeCall("read stream " + stream);
        return table.readStream(stream);
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        faults.beforeCall("read feed after " + after);
        return table.readFeed(after, maxCommits);
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        faults.beforeCall("discard " + stream + " after version " + version);
        table.discardAfter(stream, version);
    }
}
