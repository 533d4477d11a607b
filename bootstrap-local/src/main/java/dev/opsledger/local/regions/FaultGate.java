package dev.opsledger.local.regions;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.fault.Faults;
import java.util.List;

/** A region's table behind the region's faults: while it is dark (or throttled, or failing) every call is refused. */
final class FaultGate extends ForwardingEventStore {

    private final Faults faults;

    FaultGate(EventStore table, Faults faults) {
        super(table);
        this.faults = faults;
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        faults.beforeCall("append to " + stream);
        return super.append(stream, expectedVersion, events);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        faults.beforeCall("read " + stream);
        return super.readStream(stream);
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        faults.beforeCall("read the feed");
        return super.readFeed(after, maxCommits);
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        faults.beforeCall("discard from " + stream);
        super.discardAfter(stream, version);
    }
}
