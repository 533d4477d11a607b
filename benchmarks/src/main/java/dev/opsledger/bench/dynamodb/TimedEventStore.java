package dev.opsledger.bench.dynamodb;

import dev.opsledger.application.port.AppendResult;
import dev.opsledger.application.port.EventStore;
import dev.opsledger.application.port.FeedPage;
import dev.opsledger.application.port.ForwardingEventStore;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.LogPosition;
import dev.opsledger.domain.shared.StreamId;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** An event store that adds up the time spent in each of its calls, to tell where a use case's time goes. */
final class TimedEventStore extends ForwardingEventStore {

    /** Seconds spent in each kind of call so far. */
    record Times(double append, double readStream, double readFeed) {
    }

    private final LongAdder appendNanos = new LongAdder();
    private final LongAdder readStreamNanos = new LongAdder();
    private final LongAdder readFeedNanos = new LongAdder();

    TimedEventStore(EventStore store) {
        super(store);
    }

    Times times() {
        return new Times(appendNanos.sum() / 1e9, readStreamNanos.sum() / 1e9, readFeedNanos.sum() / 1e9);
    }

    @Override
    public AppendResult append(StreamId stream, long expectedVersion, List<NewEvent> events) {
        return timed(appendNanos, () -> super.append(stream, expectedVersion, events));
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return timed(readStreamNanos, () -> super.readStream(stream));
    }

    @Override
    public FeedPage readFeed(LogPosition after, int maxCommits) {
        return timed(readFeedNanos, () -> super.readFeed(after, maxCommits));
    }

    private static <T> T timed(LongAdder total, Supplier<T> call) {
        long began = System.nanoTime();
        try {
            return call.get();
        } finally {
            total.add(System.nanoTime() - began);
        }
    }
}
