package dev.opsledger.application.health;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.recording.CommandHandler;
import dev.opsledger.application.recording.StreamHead;
import dev.opsledger.domain.health.ComponentHealth;
import dev.opsledger.domain.health.ComponentKey;
import dev.opsledger.domain.health.HealthCommand;
import dev.opsledger.domain.health.HealthCommand.RecordCheck;
import dev.opsledger.domain.health.HealthEvent;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.EventId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Records checks in the components' health streams. A health stream gains a commit per check and never
 * shrinks, so reading it before every check would cost more with every check. Each stream is therefore
 * read once, through the command handler (which recognises a check already recorded), and then followed
 * in memory: the next check is appended at the version this checker last wrote, and from then on right
 * after the commit it wrote ({@link EventStore#appendAfter}). A check that is not later than the last one
 * followed, or any append that does not go as expected (another writer, a refused repeat), drops what is
 * followed and goes through the handler again, which reads the stream.
 */
final class HealthStreams {

    /** The events recorded for a check and the component's state after them. */
    record Outcome(List<HealthEvent> events, ComponentHealth state) {
    }

    private record Followed(StreamHead head, ComponentHealth.Checked state) {
    }

    private final EventStore store;
    private final Decider<HealthCommand, ComponentHealth, HealthEvent> decider;
    private final CommandHandler<HealthCommand, ComponentHealth, HealthEvent> handler;
    private final Map<ComponentKey, Followed> followed = new ConcurrentHashMap<>();

    HealthStreams(EventStore store, Decider<HealthCommand, ComponentHealth, HealthEvent> decider) {
        this.store = store;
        this.decider = decider;
        this.handler = new CommandHandler<>(store, decider, HealthEvent.class);
    }

    /**
     * Records the check under {@code commandId}. Whatever is thrown (the store's {@code ServiceUnavailable}
     * included: the append may or may not have landed) leaves the stream to be read again next time.
     */
    Outcome record(String commandId, RecordCheck check) {
        ComponentKey key = check.component();
        Followed known = followed.remove(key);
        if (known != null && check.result().checkedAt().isAfter(known.state().lastCheckedAt())) {
            Optional<Outcome> appended = appendFollowing(commandId, check, known);
            if (appended.isPresent()) {
                return appended.get();
            }
        }
        CommandHandler.Handled<ComponentHealth> handled = handler.handle(commandId, key.stream(), check);
        if (handled.state() instanceof ComponentHealth.Checked checked) {
            followed.put(key, new Followed(StreamHead.read(key.stream(), handled.recorded().version()), checked));
        }
        return new Outcome(handled.recorded().events().stream().map(recorded -> (HealthEvent) recorded.event()).toList(),
                handled.state());
    }

    /**
     * Every check in the stream is at or before the one followed and ids are derived from the check's time,
     * so a later check's ids are new to the stream: only the version can have moved, which the store reports.
     */
    private Optional<Outcome> appendFollowing(String commandId, RecordCheck check, Followed known) {
        List<HealthEvent> events = decider.decide(check, known.state());
        List<NewEvent> batch = IntStream.range(0, events.size())
                .mapToObj(index -> new NewEvent(EventId.derived(commandId, index), events.get(index)))
                .toList();
        AppendResult result;
        try {
            result = known.head().append(store, batch);
        } catch (ConcurrencyConflict | EventIdsReused anotherWriter) {
            return Optional.empty();
        }
        if (result.alreadyAppended()) {
            return Optional.empty();
        }
        ComponentHealth after = known.state();
        for (HealthEvent event : events) {
            after = decider.evolve(after, event);
        }
        followed.put(check.component(), new Followed(StreamHead.after(result.commit()), (ComponentHealth.Checked) after));
        return Optional.of(new Outcome(events, after));
    }
}
