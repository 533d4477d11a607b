package dev.opsledger.application.failover;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Gives each orphaned commit a place in the secondary's log: reapplied to its stream with its original
 * event ids when the decider still accepts it, otherwise recorded whole in the stream's quarantine stream
 * with a warning. Either way it is counted; nothing acknowledged is dropped. Both writes carry fixed ids,
 * so running failback again after a crash writes nothing twice.
 */
final class OrphanRescue {

    enum Fate {
        REAPPLIED,
        QUARANTINED
    }

    private final EventStore secondary;
    private final FailoverAlerts alerts;
    private final InstantSource clock;

    OrphanRescue(EventStore secondary, FailoverAlerts alerts, InstantSource clock) {
        this.secondary = secondary;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** A commit whose events all reached the secondary by another way (a client's retry) counts as reapplied. */
    Fate rescue(Commit orphan) {
        List<RecordedEvent> history = secondary.readStream(orphan.stream());
        List<EventId> ids = orphan.events().stream().map(RecordedEvent::id).toList();
        List<EventId> held = history.stream().map(RecordedEvent::id).toList();
        if (held.containsAll(ids)) {
            return Fate.REAPPLIED;
        }
        Optional<String> objection = OrphanJudge.objection(orphan, history);
        if (objection.isEmpty() && held.stream().noneMatch(ids::contains)) {
            long version = history.isEmpty() ? 0 : history.getLast().version();
            secondary.append(orphan.stream(), version, orphan.events().stream()
                    .map(event -> new NewEvent(event.id(), event.event()))
                    .toList());
            return Fate.REAPPLIED;
        }
        quarantine(orphan, objection.orElse("some of its event ids are already in the secondary's stream"));
        return Fate.QUARANTINED;
    }

    private void quarantine(Commit orphan, String reason) {
        Instant now = clock.instant();
        StreamId quarantine = CommitQuarantined.streamFor(orphan.stream());
        List<RecordedEvent> held = secondary.readStream(quarantine);
        List<DomainEvent> events = orphan.events().stream().map(RecordedEvent::event).toList();
        CommitQuarantined record = new CommitQuarantined(orphan.stream(), orphan.firstVersion(),
                orphan.events().stream().map(RecordedEvent::id).toList(), events, reason, now);
        EventId id = new EventId("quarantined:" + orphan.events().getFirst().id().value());
        secondary.append(quarantine, held.isEmpty() ? 0 : held.getLast().version(), List.of(new NewEvent(id, record)));
        alerts.quarantined(orphan, reason, now);
    }
}
