package dev.opsledger.domain.quarantine;

import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A commit that a former primary acknowledged but that never reached the region that took over, and that
 * no longer decides on top of what that region recorded meanwhile (for example the same deployment was
 * finished there with another outcome). It is kept here, whole and with its original event ids, instead of
 * being dropped: an operator decides what it means. Stored in {@link #streamFor(StreamId)}.
 */
public record CommitQuarantined(
        StreamId originalStream,
        long firstVersion,
        List<EventId> eventIds,
        List<DomainEvent> events,
        String reason,
        Instant quarantinedAt) implements DomainEvent {

    public static final String STREAM_CATEGORY = "quarantine";

    public CommitQuarantined {
        Objects.requireNonNull(originalStream, "originalStream");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
        eventIds = List.copyOf(eventIds);
        events = List.copyOf(events);
        if (eventIds.isEmpty() || eventIds.size() != events.size()) {
            throw new IllegalArgumentException("a quarantined commit needs one id per event, had "
                    + eventIds.size() + " ids for " + events.size() + " events");
        }
    }

    public static StreamId streamFor(StreamId originalStream) {
        return StreamId.of(STREAM_CATEGORY, originalStream.value());
    }
}
