package dev.opsledger.inmemory.simulation;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.inmemory.InMemoryEventStore;
import java.util.HashSet;
import java.util.Set;

/** The event ids a table really holds, faults aside: in its streams, and kept in quarantine records. */
final class HeldEvents {

    private HeldEvents() {
    }

    static Set<EventId> inLog(InMemoryEventStore table) {
        Set<EventId> held = new HashSet<>();
        for (Commit commit : table.allCommits()) {
            commit.events().forEach(event -> held.add(event.id()));
        }
        return held;
    }

    static Set<EventId> inQuarantine(InMemoryEventStore table) {
        Set<EventId> held = new HashSet<>();
        for (Commit commit : table.allCommits()) {
            for (RecordedEvent event : commit.events()) {
                if (event.event() instanceof CommitQuarantined quarantined) {
                    held.addAll(quarantined.eventIds());
                }
            }
        }
        return held;
    }

    static Set<EventId> inLogOrQuarantine(InMemoryEventStore table) {
        Set<EventId> held = inLog(table);
        held.addAll(inQuarantine(table));
        return held;
    }
}
