package dev.opsledger.application.publishing;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.recording.StreamHead;
import dev.opsledger.domain.publishing.Publishing;
import dev.opsledger.domain.publishing.PublishingCommand;
import dev.opsledger.domain.publishing.PublishingCommand.AdvancePublishCheckpoint;
import dev.opsledger.domain.publishing.PublishingDecider;
import dev.opsledger.domain.publishing.PublishingEvent;
import dev.opsledger.domain.publishing.PublishingStream;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The region's {@code publishing:<region>} stream, folded once and then followed in memory. It is read
 * again after any failure, because an append that failed may or may not have landed.
 */
final class PublishCheckpoint {

    private static final Decider<PublishingCommand, Publishing, PublishingEvent> DECIDER = PublishingDecider.decider();

    private final EventStore store;
    private final Region region;
    private final StreamId stream;
    private Publishing state = DECIDER.initialState();
    /**
     * Where the stream was read or last written; null until read. The stream is never discarded and its
     * ids derive from a checkpoint that only moves forward, so no id of the next advance is at or before
     * the head: appending right after the commit written last is sound, and spares the store reading the
     * ever-growing stream's index on every advance.
     */
    private StreamHead head;

    PublishCheckpoint(EventStore store, Region region) {
        this.store = store;
        this.region = region;
        this.stream = PublishingStream.of(region);
    }

    LogPosition current() {
        return read().checkpoint();
    }

    /** The checkpoint as last read or written, without reading the store (which may be unreachable). */
    LogPosition lastKnown() {
        return state.checkpoint();
    }

    void advance(LogPosition checkpoint, int published, Instant at) {
        Publishing before = read();
        List<PublishingEvent> events =
                DECIDER.decide(new AdvancePublishCheckpoint(region, checkpoint, published, at), before);
        if (events.isEmpty()) {
            return;
        }
        String commandId = idOf(checkpoint);
        List<NewEvent> batch = IntStream.range(0, events.size())
                .mapToObj(index -> new NewEvent(EventId.derived(commandId, index), events.get(index)))
                .toList();
        AppendResult result = head.append(store, batch);
        if (result.alreadyAppended()) {
            forget();
            return;
        }
        Publishing after = before;
        for (PublishingEvent event : events) {
            after = DECIDER.evolve(after, event);
        }
        state = after;
        head = StreamHead.after(result.commit());
    }

    void forget() {
        head = null;
    }

    private Publishing read() {
        if (head == null) {
            List<RecordedEvent> history = store.readStream(stream);
            state = DECIDER.fold(history.stream().map(recorded -> (PublishingEvent) recorded.event()).toList());
            head = StreamHead.read(stream, history.isEmpty() ? 0 : history.getLast().version());
        }
        return state;
    }

    /** Derived from the checkpoint alone, so whoever records the same checkpoint again is recognised as a retry. */
    private String idOf(LogPosition checkpoint) {
        return stream + "@" + checkpoint.committedAt() + "/" + checkpoint.stream() + "/" + checkpoint.version();
    }
}
