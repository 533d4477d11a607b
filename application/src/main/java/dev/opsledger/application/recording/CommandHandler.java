package dev.opsledger.application.recording;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.CommandRejected;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The write path every recording use case shares: read the stream, recognise a command already
 * recorded by its event ids ({@link EventId#derived}), decide, append at the version read, and read and
 * decide again when another writer got there first. Fencing is the caller's: health checks record in
 * every region, deployments only in the active one.
 *
 * <p>Throws {@link CommandRejected} from the decider, {@link IdempotencyKeyReused} when the command id
 * already stands for other events in the stream, what its {@link Admission} throws (a key spent on
 * another stream), {@link ConcurrencyConflict} after {@value #MAX_ATTEMPTS} lost races and
 * the store's {@code ServiceUnavailable}, after which the caller may retry with the same command id.
 */
public final class CommandHandler<C, S, E extends DomainEvent> {

    static final int MAX_ATTEMPTS = 5;

    private final EventStore store;
    private final Decider<C, S, E> decider;
    private final Class<E> eventType;
    private final Admission admission;

    /**
     * Asked once a command new to the stream has been decided (and not rejected), before any of its events
     * is appended, also when it decides to nothing: whether its command id may record on the stream. May
     * write, as long as asking again with the same arguments is safe; throws to refuse.
     */
    @FunctionalInterface
    public interface Admission {

        Admission ANY = (commandId, stream) -> { };

        void admit(String commandId, StreamId stream);
    }

    public CommandHandler(EventStore store, Decider<C, S, E> decider, Class<E> eventType) {
        this(store, decider, eventType, Admission.ANY);
    }

    public CommandHandler(EventStore store, Decider<C, S, E> decider, Class<E> eventType, Admission admission) {
        this.store = Objects.requireNonNull(store, "store");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.admission = Objects.requireNonNull(admission, "admission");
    }

    /**
     * What was recorded, the aggregate's state right after it, and the commit this call wrote (empty when it
     * wrote nothing: a retry answered from the stream, or a command the stream already holds the effect of).
     */
    public record Handled<S>(Recorded recorded, S state, Optional<Commit> appended) {

        public Handled {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(appended, "appended");
        }
    }

    public Handled<S> handle(String commandId, StreamId stream, C command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(commandId, stream, command);
            } catch (ConcurrencyConflict conflict) {
                if (attempt == MAX_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private Handled<S> attempt(String commandId, StreamId stream, C command) {
        List<RecordedEvent> history = store.readStream(stream);
        EventId firstId = EventId.derived(commandId, 0);
        for (int index = 0; index < history.size(); index++) {
            if (history.get(index).id().equals(firstId)) {
                return earlier(commandId, stream, command, history, index);
            }
        }
        S state = fold(history);
        List<E> decided = decider.decide(command, state);
        admission.admit(commandId, stream);
        long version = history.isEmpty() ? 0 : history.getLast().version();
        if (decided.isEmpty()) {
            return new Handled<>(new Recorded(stream, version, List.of(), true), state, Optional.empty());
        }
        AppendResult result;
        try {
            result = store.append(stream, version, newEvents(commandId, decided));
        } catch (EventIdsReused twinWithOtherEvents) {
            return attempt(commandId, stream, command);
        }
        if (result.alreadyAppended()) {
            // A twin of this request landed between our read and our append (with these events, or others that
            // share the ids derived from the key): judge it as any earlier one.
            return attempt(commandId, stream, command);
        }
        return new Handled<>(
                new Recorded(stream, result.commit().lastVersion(), result.commit().events(), false),
                decider.evolve(state, decided), Optional.of(result.commit()));
    }

    /** The command id is in the stream: the very same command again is answered from there, anything else refused. */
    private Handled<S> earlier(String commandId, StreamId stream, C command, List<RecordedEvent> history, int start) {
        List<RecordedEvent> before = history.subList(0, start);
        List<RecordedEvent> recorded = eventsOfCommand(commandId, history.subList(start, history.size()));
        List<E> expected;
        try {
            expected = decider.decide(command, fold(before));
        } catch (CommandRejected rejected) {
            throw new IdempotencyKeyReused(commandId, stream);
        }
        if (!recorded.stream().map(RecordedEvent::event).toList().equals(expected)) {
            throw new IdempotencyKeyReused(commandId, stream);
        }
        List<RecordedEvent> upToCommand = history.subList(0, start + recorded.size());
        return new Handled<>(
                new Recorded(stream, recorded.getLast().version(), recorded, true), fold(upToCommand), Optional.empty());
    }

    private static List<RecordedEvent> eventsOfCommand(String commandId, List<RecordedEvent> from) {
        List<RecordedEvent> events = new ArrayList<>();
        while (events.size() < from.size()
                && from.get(events.size()).id().equals(EventId.derived(commandId, events.size()))) {
            events.add(from.get(events.size()));
        }
        return events;
    }

    private List<NewEvent> newEvents(String commandId, List<E> decided) {
        return IntStream.range(0, decided.size())
                .mapToObj(index -> new NewEvent(EventId.derived(commandId, index), decided.get(index)))
                .toList();
    }

    private S fold(List<RecordedEvent> history) {
        return decider.fold(history.stream().map(recorded -> eventType.cast(recorded.event())).toList());
    }
}
