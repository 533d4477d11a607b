package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.List;

/** A store that notes which stream each append went to, in call order, and passes every call on. */
public final class AppendCountingEventStore extends ForwardingEventStore {

    private final List<StreamId> appends = new ArrayList<>();

    public AppendCountingEventStore(EventStore store) {
        super(store);
    }

    public List<StreamId> appends() {
        return List.copyOf(appends);
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        appends.add(stream);
        return super.append(stream, expectedVersion, events);
    }
}
