package dev.opsledger.local.regions;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A region's table as its change stream sees it: each new commit is handed to the listeners once it is
 * acknowledged, as a DynamoDB stream record is. Listeners run on the writer's thread and must return
 * quickly; they hand the work on.
 */
final class ChangeStream extends ForwardingEventStore {

    private final List<Consumer<Commit>> listeners = new CopyOnWriteArrayList<>();

    ChangeStream(EventStore table) {
        super(table);
    }

    void subscribe(Consumer<Commit> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return announced(super.append(stream, expectedVersion, events));
    }

    @Override
    public AppendResult appendAfter(Commit knownLast, List<NewEvent> events) {
        return announced(super.appendAfter(knownLast, events));
    }

    private AppendResult announced(AppendResult result) {
        if (!result.alreadyAppended()) {
            listeners.forEach(listener -> listener.accept(result.commit()));
        }
        return result;
    }
}
