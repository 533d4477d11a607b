package dev.opsledger.aws.replication;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;

/** A region's real store as one replicator process sees it: every call goes through that process's kill switch. */
record KillableEventStore(EventStore store, KillSwitch killSwitch) implements EventStore {

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return killSwitch.call("append to " + stream + " at " + expectedVersion,
                () -> store.append(stream, expectedVersion, events));
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return killSwitch.call("read " + stream, () -> store.readStream(stream));
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return killSwitch.call("read the feed after " + after, () -> store.readFeed(after, maxCommits));
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        killSwitch.call("discard " + stream + " after " + version, () -> {
            store.discardAfter(stream, version);
            return null;
        });
    }
}
