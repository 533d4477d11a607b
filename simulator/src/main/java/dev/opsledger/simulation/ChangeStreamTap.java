package dev.opsledger.simulation;

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
 * A region's table as its change stream sees it: every commit written, by whichever writer, is handed to
 * the listeners the moment it is acknowledged, as a DynamoDB stream record is. Listeners run on the
 * writer's thread: the simulator's single virtual-clock thread, or a local server's request threads, so
 * they must return quickly and hand the work on.
 */
public final class ChangeStreamTap extends ForwardingEventStore {

    private final List<Consumer<Commit>> listeners = new CopyOnWriteArrayList<>();

    public ChangeStreamTap(EventStore table) {
        super(table);
    }

    public void subscribe(Consumer<Commit> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return announced(super.append(stream, expectedVersion, events));
    }

    private AppendResult announced(AppendResult result) {
        if (!result.alreadyAppended()) {
            listeners.forEach(listener -> listener.accept(result.commit()));
        }
        return result;
    }
}
