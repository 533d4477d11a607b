package dev.opsledger.simulation;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.shared.EventId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The event ids a region's table really holds, faults aside: in its streams, and kept in quarantine records. */
final class HeldEvents {

    private HeldEvents() {
    }

    static Set<EventId> inLog(SimulatedRegion region) {
        return inLog(region.allCommits());
    }

    static Set<EventId> inQuarantine(SimulatedRegion region) {
        return inQuarantine(region.allCommits());
    }

    static Set<EventId> inLogOrQuarantine(SimulatedRegion region) {
        List<Commit> commits = region.allCommits();
        Set<EventId> held = inLog(commits);
        held.addAll(inQuarantine(commits));
        return held;
    }

    private static Set<EventId> inLog(List<Commit> commits) {
        Set<EventId> held = new HashSet<>();
        commits.forEach(commit -> commit.events().forEach(event -> held.add(event.id())));
        return held;
    }

    private static Set<EventId> inQuarantine(List<Commit> commits) {
        Set<EventId> held = new HashSet<>();
        for (Commit commit : commits) {
            for (RecordedEvent event : commit.events()) {
                if (event.event() instanceof CommitQuarantined quarantined) {
                    held.addAll(quarantined.eventIds());
                }
            }
        }
        return held;
    }
}
