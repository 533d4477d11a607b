package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.List;

/** A store that notes which streams each kind of append went to, in call order, and passes every call on. */
public final class AppendCountingEventStore extends ForwardingEventStore {

    private final List<StreamId> generalAppends = new ArrayList<>();
    private final List<StreamId> appendsAfterAHead = new ArrayList<>();

    public AppendCountingEventStore(EventStore store) {
        super(store);
    }

    public List<StreamId> generalAppends() {
        return List.copyOf(generalAppends);
    }

    public List<StreamId> appendsAfterAHead() {
        return List.copyOf(appendsAfterAHead);
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        generalAppends.add(stream);
        return super.append(stream, expectedVersion, events);
    }

    @Override
    public AppendResult appendAfter(Commit knownLast, List<NewEvent> events) {
        appendsAfterAHead.add(knownLast.stream());
        return super.appendAfter(knownLast, events);
    }
}
