package dev.opsledger.aws.dynamodb;

import dev.opsledger.domain.shared.StreamId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * For each stream this store instance has appended to, the stream's index as it stood right after the
 * instance's own last put: what a writer that follows its own stream may append after without reading the
 * stream again ({@link DynamoDbEventStore} says why that is sound). Bounded: the least recently used stream
 * is forgotten first, which costs only an index read the next time.
 */
final class FollowedHeads {

    private static final int CAPACITY = 4096;

    private final Map<StreamId, StreamIndex> indexes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StreamId, StreamIndex> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The index this instance left the stream at, when that ends at {@code version}. */
    synchronized Optional<StreamIndex> at(StreamId stream, long version) {
        StreamIndex index = indexes.get(stream);
        return index != null && index.version() == version ? Optional.of(index) : Optional.empty();
    }

    synchronized void wrote(StreamIndex index) {
        indexes.put(index.stream(), index);
    }

    synchronized void forget(StreamId stream) {
        indexes.remove(stream);
    }
}
