package dev.opsledger.application.dora;

import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The items of the DORA read model as a store keeps them: {@link DoraShelving} decides what goes where,
 * an implementation only loads and stores. Calls may run concurrently from several projectors and readers.
 */
public interface DoraItems {

    /**
     * Atomically replaces the stream item by {@code change} of it ({@link DoraStream#none} when absent) and
     * returns what it holds afterwards. {@code change} may run more than once, and may throw to leave the
     * item as it was. {@code probablyNew} says that the item is most likely absent, which a store may use to
     * save a read.
     */
    DoraStream updateStream(StreamId stream, boolean probablyNew, UnaryOperator<DoraStream> change);

    /** Puts the entries in the item at {@code place}, each unless that item holds a version of its stream at least as new. */
    void shelve(DoraPlace place, Collection<DoraEntry> entries);

    /** The entries of every item of the shelf at an instant in {@code [from, to)}. */
    List<DoraEntry> between(DoraShelf shelf, Instant from, Instant to);

    /** The item of the shelf at the earliest instant at or after {@code at}, if any. */
    Optional<ShelfItem> firstFrom(DoraShelf shelf, Instant at);

    /** Records that the environment has this service (idempotent; a store may remember having done it). */
    void addService(String environment, String service);

    /** Every service recorded for the environment. */
    Set<String> services(String environment);

    /** One item of a shelf: its instant and the entries it holds. */
    record ShelfItem(Instant at, List<DoraEntry> entries) {

        public ShelfItem {
            entries = List.copyOf(entries);
        }
    }
}
