package dev.opsledger.inmemory.dora;

import dev.opsledger.domain.shared.DomainEvent;
import java.util.List;
import java.util.Set;

/** A deployment or incident stream as the model holds it: its events up to {@code version} and the day items it is in. */
record StreamItem(long version, List<DomainEvent> events, Set<DayKey> placedIn) {

    static final StreamItem NONE = new StreamItem(0, List.of(), Set.of());
}
