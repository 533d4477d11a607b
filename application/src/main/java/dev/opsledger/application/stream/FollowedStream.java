package dev.opsledger.application.stream;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.ConcurrencyConflict;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.Decider;
import dev.opsledger.domain.shared.DomainEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.HourlyStream;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One writer's hourly series of streams (see {@link HourlyStream}), read once and then followed in memory:
 * the next command is decided on the state this writer holds and appended at the version it last wrote, so
 * a writer that is alone on its series reads nothing between its writes. The first command of a new hour
 * opens that hour's stream with the state carried forward ({@link Rotation}).
 *
 * <p>The stream is read again, and the command decided anew, when the writer knows nothing yet, after any
 * failure (an append that failed may or may not have landed), when another writer took the version, and for
 * a command not later than the last one recorded, which may be a retry: a command whose first event id is
 * already in its stream is answered from there, not recorded twice. Thread-safe.
 */
public final class FollowedStream<C, S, E extends DomainEvent> {

    static final int MAX_ATTEMPTS = 3;

    /** The events a command recorded (or had recorded, when it was a retry) and the state right after them. */
    public record Outcome<S, E>(List<E> events, S state) {

        public Outcome {
            events = List.copyOf(events);
            Objects.requireNonNull(state, "state");
        }
    }

    /** The id of the {@code index}-th event a command records, which lands at {@code version} of {@code stream}. */
    @FunctionalInterface
    public interface EventIds {

        EventId of(StreamId stream, long version, int index);
    }

    /** Where the writer stands: a stream of the series, its last version (0 when empty) and its state. */
    private record Head<S>(HourlyStream stream, long version, S state, Instant lastRecordedAt) {
    }

    private final EventStore store;
    private final Decider<C, S, E> decider;
    private final Class<E> eventType;
    private final StreamId series;
    private final Rotation<S, E> rotation;
    private Head<S> head;
    private S lastKnown;

    public FollowedStream(EventStore store, Decider<C, S, E> decider, Class<E> eventType, StreamId series,
            Rotation<S, E> rotation) {
        this.store = Objects.requireNonNull(store, "store");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.series = Objects.requireNonNull(series, "series");
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.lastKnown = decider.initialState();
    }

    /** The state at {@code at}, read from the store unless followed. */
    public synchronized S state(Instant at) {
        HourlyStream hour = HourlyStream.of(series, at);
        if (head == null || head.stream().compareTo(hour) > 0) {
            head = guarded(() -> read(hour, store.readStream(hour.stream())));
        }
        return head.state();
    }

    /** The state as last read or written, without reading the store (which may be unreachable). */
    public synchronized S lastKnown() {
        return lastKnown;
    }

    /** Drops what is followed: the next use reads the store. */
    public synchronized void forget() {
        head = null;
    }

    /**
     * Decides {@code command} (made at {@code at}) on the series' state and appends its events to the stream
     * of {@code at}'s hour. Throws what the decider throws, the store's failures (after which the stream is
     * read again next time) and {@link ConcurrencyConflict} when other writers keep taking the version.
     */
    public synchronized Outcome<S, E> record(C command, Instant at, EventIds ids) {
        HourlyStream hour = HourlyStream.of(series, at);
        for (int attempt = 1; ; attempt++) {
            Head<S> start = followed(hour, at);
            if (start == null) {
                List<RecordedEvent> history = guarded(() -> store.readStream(hour.stream()));
                Outcome<S, E> earlier = earlier(history, ids, hour.stream());
                if (earlier != null) {
                    head = new Head<>(hour, history.getLast().version(), decider.fold(events(history)), at);
                    return earlier;
                }
                start = guarded(() -> read(hour, history));
            }
            List<E> decided = decider.decide(command, start.state());
            if (decided.isEmpty()) {
                head = new Head<>(hour, start.version(), start.state(), at);
                return new Outcome<>(List.of(), start.state());
            }
            List<E> carried = start.version() == 0 ? rotation.carriedForward().apply(start.state()) : List.of();
            try {
                List<NewEvent> batch = numbered(hour, start.version(), carried, decided, ids);
                AppendResult result = store.append(hour.stream(), start.version(), batch);
                if (!result.alreadyAppended()) {
                    S before = start.version() == 0 ? decider.evolve(decider.initialState(), carried) : start.state();
                    S after = decider.evolve(before, decided);
                    head = new Head<>(hour, result.commit().lastVersion(), after, at);
                    lastKnown = after;
                    return new Outcome<>(decided, after);
                }
                head = null;
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrencyConflict(hour.stream(), start.version(), result.commit().lastVersion());
                }
            } catch (ConcurrencyConflict | EventIdsReused anotherWriter) {
                head = null;
                if (attempt == MAX_ATTEMPTS) {
                    throw anotherWriter;
                }
            } catch (RuntimeException failure) {
                head = null;
                throw failure;
            }
        }
    }

    /**
     * Opens the stream of {@code at}'s hour with the state carried forward when the writer follows the series
     * into that hour and nobody has written it yet, so that a writer with nothing to record still leaves each
     * hour a stream a reader finds. Does nothing when the series is not followed (read it first) or is empty.
     */
    public synchronized void carryInto(Instant at) {
        HourlyStream hour = HourlyStream.of(series, at);
        Head<S> start = followed(hour, at);
        if (start == null || start.version() > 0) {
            return;
        }
        List<E> carried = rotation.carriedForward().apply(start.state());
        if (carried.isEmpty()) {
            return;
        }
        try {
            AppendResult result = store.append(hour.stream(), 0, numbered(hour, 0, carried, List.of(), null));
            head = result.alreadyAppended() ? null : new Head<>(hour, result.commit().lastVersion(),
                    decider.evolve(decider.initialState(), carried), at);
        } catch (ConcurrencyConflict anotherWriterOpenedIt) {
            head = null;
        } catch (RuntimeException failure) {
            head = null;
            throw failure;
        }
    }

    /**
     * The head to decide on without reading: the one followed, or a new hour's empty stream after it, when the
     * command is later than the last one recorded; null when the stream must be read.
     */
    private Head<S> followed(HourlyStream hour, Instant at) {
        if (head == null || (head.lastRecordedAt() != null && !at.isAfter(head.lastRecordedAt()))) {
            return null;
        }
        int order = head.stream().compareTo(hour);
        if (order > 0) {
            return null;
        }
        return order == 0 ? head : new Head<>(hour, 0, head.state(), head.lastRecordedAt());
    }

    /** The head of {@code hour} given its history; an empty hour takes the state of the last hour written within the look-back. */
    private Head<S> read(HourlyStream hour, List<RecordedEvent> history) {
        List<RecordedEvent> found = history;
        HourlyStream earlier = hour;
        for (int hoursBack = 1; found.isEmpty() && hoursBack <= rotation.lookBackHours(); hoursBack++) {
            earlier = earlier.previous();
            found = store.readStream(earlier.stream());
        }
        S state = decider.fold(events(found));
        lastKnown = state;
        return new Head<>(hour, history.isEmpty() ? 0 : history.getLast().version(), state, null);
    }

    /** The command's events when its first id is already in the stream, with the state right after them; else null. */
    private Outcome<S, E> earlier(List<RecordedEvent> history, EventIds ids, StreamId stream) {
        long next = history.isEmpty() ? 1 : history.getLast().version() + 1;
        EventId first = ids.of(stream, next, 0);
        for (int start = 0; start < history.size(); start++) {
            if (history.get(start).id().equals(first)) {
                int end = start + 1;
                while (end < history.size()
                        && history.get(end).id().equals(ids.of(stream, history.get(end).version(), end - start))) {
                    end++;
                }
                return new Outcome<>(events(history.subList(start, end)), decider.fold(events(history.subList(0, end))));
            }
        }
        return null;
    }

    /** Carried events take ids of the stream's own, so a command's ids are the same whether or not it opens an hour. */
    private static <E extends DomainEvent> List<NewEvent> numbered(HourlyStream hour, long version, List<E> carried, List<E> decided, EventIds ids) {
        StreamId stream = hour.stream();
        List<NewEvent> numbered = new ArrayList<>(carried.size() + decided.size());
        for (int index = 0; index < carried.size(); index++) {
            numbered.add(new NewEvent(EventId.derived(stream + "@carried-forward", index), carried.get(index)));
        }
        for (int index = 0; index < decided.size(); index++) {
            numbered.add(new NewEvent(ids.of(stream, version + 1 + carried.size() + index, index), decided.get(index)));
        }
        return numbered;
    }

    private List<E> events(List<RecordedEvent> history) {
        return history.stream().map(recorded -> eventType.cast(recorded.event())).toList();
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException failure) {
            head = null;
            throw failure;
        }
    }
}
