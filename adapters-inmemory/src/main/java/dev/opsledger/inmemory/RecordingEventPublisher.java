package dev.opsledger.inmemory;

import dev.opsledger.application.port.EventPublisher;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.application.port.ServiceUnavailable;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import dev.opsledger.inmemory.fault.Faults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The event bus, remembering every entry it accepted in order. Like EventBridge's {@code PutEvents} it
 * can accept part of a call and refuse the rest; the caller then publishes again, so subscribers see
 * repeats and must recognise them by event id.
 */
public final class RecordingEventPublisher implements EventPublisher {

    private record Identity(StreamId stream, EventId id) {
    }

    private final Faults faults;
    private final List<RecordedEvent> published = new ArrayList<>();
    private int entriesToRefuse;

    public RecordingEventPublisher(Faults faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public synchronized void publish(List<RecordedEvent> events) {
        List<RecordedEvent> entries = List.copyOf(events);
        if (entries.isEmpty()) {
            return;
        }
        faults.beforeCall("publish " + entries.size() + " events");
        int refused = Math.min(entriesToRefuse, entries.size());
        entriesToRefuse -= refused;
        published.addAll(entries.subList(0, entries.size() - refused));
        if (refused > 0) {
            throw new ServiceUnavailable("publish failed for " + refused + " of " + entries.size()
                    + " events (the others were accepted): publish them again", false);
        }
    }

    /** The last entries of the next calls are refused, {@code entries} of them in all, the rest accepted. */
    public synchronized void rejectNext(int entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("entries must not be negative, was " + entries);
        }
        entriesToRefuse = entries;
    }

    /** Every accepted entry in the order accepted, repeats included. */
    public synchronized List<RecordedEvent> published() {
        return List.copyOf(published);
    }

    /** What an idempotent subscriber keeps: the first delivery of each event (stream and id). */
    public synchronized List<RecordedEvent> distinctPublished() {
        Map<Identity, RecordedEvent> firstDeliveries = new LinkedHashMap<>();
        published.forEach(event -> firstDeliveries.putIfAbsent(new Identity(event.stream(), event.id()), event));
        return List.copyOf(firstDeliveries.values());
    }
}
