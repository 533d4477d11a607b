package dev.opsledger.domain.shared;

import java.util.List;
import java.util.function.BiFunction;

/**
 * An aggregate as two pure functions and a starting point: {@code decide} turns a command into the
 * events it causes (or rejects it with {@link CommandRejected}), {@code evolve} folds one event into
 * the state. Neither may read a clock, draw a random number or do I/O.
 */
public record Decider<C, S, E>(
        BiFunction<? super C, ? super S, List<E>> decide,
        BiFunction<? super S, ? super E, S> evolve,
        S initialState) {

    public List<E> decide(C command, S state) {
        return decide.apply(command, state);
    }

    public S evolve(S state, E event) {
        return evolve.apply(state, event);
    }

    /** The state after {@code events}, folded in order onto {@code state}. */
    public S evolve(S state, Iterable<? extends E> events) {
        S next = state;
        for (E event : events) {
            next = evolve.apply(next, event);
        }
        return next;
    }

    public S fold(Iterable<? extends E> history) {
        return evolve(initialState, history);
    }
}
