package dev.opsledger.aws.dynamodb;

import dev.opsledger.application.port.MalformedBatch;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The events of one append as the store takes them: not empty, each id once. */
record Batch(List<NewEvent> events, List<EventId> ids) {

    static Batch checked(StreamId stream, long expectedVersion, List<NewEvent> events) {
        Objects.requireNonNull(stream, "stream");
        if (expectedVersion < 0) {
            throw new MalformedBatch(stream, "expectedVersion must not be negative, was " + expectedVersion);
        }
        List<NewEvent> batch = List.copyOf(events);
        if (batch.isEmpty()) {
            throw new MalformedBatch(stream, "it holds no event");
        }
        Set<EventId> seen = new HashSet<>();
        for (NewEvent event : batch) {
            if (!seen.add(event.id())) {
                throw new MalformedBatch(stream, "event id " + event.id() + " appears twice in it");
            }
        }
        return new Batch(batch, batch.stream().map(NewEvent::id).toList());
    }
}
