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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives each orphaned commit a place in the secondary's log: reapplied to its stream with its original
 * event ids when the decider still accepts it, otherwise recorded whole in the stream's quarantine stream
 * with a warning. Either way it is counted; nothing acknowledged is dropped. Only then does the primary
 * forget its orphans. Both writes carry fixed ids, so running failback again after a crash writes nothing
 * twice.
 */
final class OrphanRescue {

    private enum Fate {
        REAPPLIED,
        QUARANTINED
    }

    /** {@code quarantineStreams} are the quarantine streams written to, so that they are copied and verified too. */
    record Rescued(int reapplied, int quarantined, Set<StreamId> quarantineStreams) {
    }

    private final EventStore primary;
    private final EventStore secondary;
    private final FailoverAlerts alerts;
    private final InstantSource clock;

    OrphanRescue(EventStore primary, EventStore secondary, FailoverAlerts alerts, InstantSource clock) {
        this.primary = primary;
        this.secondary = secondary;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** {@code primaryCommits} are the primary's commits as the feed shows them, by stream in version order. */
    Rescued rescueAll(Collection<StreamId> streams, Map<StreamId, List<Commit>> primaryCommits) {
        int reapplied = 0;
        int quarantined = 0;
        Set<StreamId> quarantineStreams = new TreeSet<>();
        for (StreamId stream : streams) {
            Orphans orphans = Orphans.find(stream, primary.readStream(stream), secondary.readStream(stream),
                    primaryCommits.getOrDefault(stream, List.of()), clock.instant());
            for (Commit orphan : orphans.commits()) {
                if (rescue(orphan) == Fate.REAPPLIED) {
                    reapplied++;
                } else {
                    quarantined++;
                    quarantineStreams.add(CommitQuarantined.streamFor(stream));
                }
            }
            if (!orphans.commits().isEmpty()) {
                primary.discardAfter(stream, orphans.commonVersion());
            }
        }
        return new Rescued(reapplied, quarantined, quarantineStreams);
    }

    /** A commit whose events all reached the secondary by another way (a client's retry) counts as reapplied. */
    private Fate rescue(Commit orphan) {
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
