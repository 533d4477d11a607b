package dev.opsledger.aws.replication;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A region's store as one replicator sees it while another replicator works on the same table: the rival
 * runs once, right before the first of this replicator's appends that {@code cue} picks, after the reads
 * that append was decided on. One interleaving of two concurrent Lambdas, made deterministic.
 */
final class RivalBeforeAppend implements EventStore {

    private final EventStore store;
    private final BiPredicate<StreamId, List<NewEvent>> cue;
    private Runnable rival;

    RivalBeforeAppend(EventStore store, BiPredicate<StreamId, List<NewEvent>> cue, Runnable rival) {
        this.store = store;
        this.cue = cue;
        this.rival = rival;
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        rivalFirstIfCued(stream, events);
        return store.append(stream, expectedVersion, events);
    }

    @Override
    public AppendResult appendAfter(Commit knownLast, List<NewEvent> events) {
        rivalFirstIfCued(knownLast.stream(), events);
        return store.appendAfter(knownLast, events);
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return store.readStream(stream);
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return store.readFeed(after, maxCommits);
    }

    @Override
    public void discardAfter(StreamId stream, long version) {
        store.discardAfter(stream, version);
    }

    private void rivalFirstIfCued(StreamId stream, List<NewEvent> events) {
        if (rival != null && cue.test(stream, events)) {
            Runnable once = rival;
            rival = null;
            once.run();
        }
    }
}
