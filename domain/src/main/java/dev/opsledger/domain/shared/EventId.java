package dev.opsledger.domain.shared;

import java.util.Objects;

/**
 * The identity of one event, chosen by whoever issues the command (never drawn inside the domain),
 * so that a retried command produces the same ids and the store can recognise it.
 */
public record EventId(String value) {

    public EventId {
        Objects.requireNonNull(value, "event id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("event id must not be blank");
        }
    }

    /** The id of the {@code index}-th event caused by the command identified by {@code commandId}. */
    public static EventId derived(String commandId, int index) {
        return new EventId(index == 0 ? commandId : commandId + "#" + index);
    }

    @Override
    public String toString() {
        return value;
    }
}
