package dev.opsledger.inmemory.contract;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A store where another writer gets in between an append and the reads it was decided on: the rival runs
 * right before the append, then the append goes to the store. One interleaving of concurrent writers (two
 * requests, two replicator Lambdas), made deterministic.
 */
public final class RacingEventStore extends ForwardingEventStore {

    private final BiPredicate<StreamId, List<NewEvent>> cue;
    private final boolean once;
    private Runnable rival;
    private int appends;

    private RacingEventStore(EventStore store, BiPredicate<StreamId, List<NewEvent>> cue, boolean once, Runnable rival) {
        super(store);
        this.cue = cue;
        this.once = once;
        this.rival = rival;
    }

    /** The rival gets in before every append. */
    public static RacingEventStore beforeEveryAppend(EventStore store, Runnable rival) {
        return new RacingEventStore(store, (stream, events) -> true, false, rival);
    }

    /** The rival gets in once, before the first append. */
    public static RacingEventStore beforeFirstAppend(EventStore store, Runnable rival) {
        return beforeFirstAppendThat(store, (stream, events) -> true, rival);
    }

    /** The rival gets in once, before the first append that {@code cue} picks. */
    public static RacingEventStore beforeFirstAppendThat(
            EventStore store, BiPredicate<StreamId, List<NewEvent>> cue, Runnable rival) {
        return new RacingEventStore(store, cue, true, rival);
    }

    /** The appends made through this store; the rival's own go to the store beneath and are not counted. */
    public int appends() {
        return appends;
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        appends++;
        if (rival != null && cue.test(stream, events)) {
            Runnable now = rival;
            if (once) {
                rival = null;
            }
            now.run();
        }
        return super.append(stream, expectedVersion, events);
    }

}
