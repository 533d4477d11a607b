package dev.opsledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

/**
 * Given/when/then over a decider: {@code given(events).when(command).then(events)} or
 * {@code .thenRejects("message part")}. A rejected command must leave the history as it was, which
 * holds by construction: decide returns events, it never mutates.
 */
public final class DeciderSpec<C, S, E> {

    private final Decider<C, S, E> decider;
    private final List<E> history;
    private C command;

    private DeciderSpec(Decider<C, S, E> decider, List<E> history) {
        this.decider = decider;
        this.history = history;
    }

    public static <C, S, E> Given<C, S, E> using(Decider<C, S, E> decider) {
        return new Given<>(decider);
    }

    public record Given<C, S, E>(Decider<C, S, E> decider) {

        @SafeVarargs
        public final DeciderSpec<C, S, E> given(E... history) {
            return new DeciderSpec<>(decider, List.of(history));
        }
    }

    public DeciderSpec<C, S, E> when(C command) {
        this.command = command;
        return this;
    }

    @SafeVarargs
    public final S then(E... expected) {
        S state = decider.fold(history);
        List<E> produced = decider.decide(command, state);
        assertThat(produced).containsExactly(expected);
        return decider.evolve(state, produced);
    }

    public void thenRejects(String messagePart) {
        S state = decider.fold(history);
        assertThatThrownBy(() -> decider.decide(command, state))
                .isInstanceOf(CommandRejected.class)
                .hasMessageContaining(messagePart);
    }
}
