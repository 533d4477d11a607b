package dev.opsledger.inmemory;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.MalformedBatch;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The commits of one stream. Not thread-safe by itself: the store holds its monitor around every use. */
final class StreamLog {

    private final StreamId stream;
    private final List<Commit> commits = new ArrayList<>();
    private final List<RecordedEvent> events = new ArrayList<>();
    private final Map<EventId, Commit> commitOfId = new HashMap<>();
    private Instant latestCommitTime = Instant.MIN;

    StreamLog(StreamId stream) {
        this.stream = stream;
    }

    long version() {
        return events.size();
    }

    List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The earlier commit this batch retries, if it is one. A batch sharing only some ids with the stream,
     * or the same ids in another grouping or order, is refused: it cannot be an honest retry.
     */
    Optional<Commit> commitRetriedBy(List<NewEvent> batch) {
        List<EventId> ids = batch.stream().map(NewEvent::id).toList();
        List<EventId> known = ids.stream().filter(commitOfId::containsKey).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Commit earlier = commitOfId.get(ids.getFirst());
        if (earlier != null && idsOf(earlier).equals(ids)) {
            return Optional.of(earlier);
        }
        throw new EventIdsReused(stream, known, ids);
    }

    /** Stamps the commit no earlier than the stream's latest one, even when the clock went backwards. */
    Commit write(List<NewEvent> batch, Instant now) {
        Instant committedAt = now.isBefore(latestCommitTime) ? latestCommitTime : now;
        long firstVersion = version() + 1;
        List<RecordedEvent> recorded = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewEvent event = batch.get(i);
            recorded.add(new RecordedEvent(stream, firstVersion + i, event.id(), event.event()));
        }
        Commit commit = new Commit(stream, firstVersion, committedAt, recorded);
        commits.add(commit);
        events.addAll(recorded);
        recorded.forEach(event -> commitOfId.put(event.id(), commit));
        latestCommitTime = committedAt;
        return commit;
    }

    /** Removes whole commits after {@code version} and returns them; the latest commit time stays. */
    List<Commit> discardAfter(long version) {
        boolean atCommitBoundary = version == 0 || commits.stream().anyMatch(commit -> commit.lastVersion() == version);
        if (!atCommitBoundary) {
            throw new IllegalArgumentException("stream " + stream + " has no commit ending at version " + version
                    + " (it is at version " + version() + "): only whole commits can be discarded");
        }
        List<Commit> discarded = new ArrayList<>();
        while (!commits.isEmpty() && commits.getLast().firstVersion() > version) {
            Commit commit = commits.removeLast();
            discarded.add(commit);
            commit.events().forEach(event -> commitOfId.remove(event.id()));
        }
        events.subList((int) version, events.size()).clear();
        return discarded;
    }

    /** The batch as an append may take it: not empty, each id once, at a version that can exist. */
    static List<NewEvent> checkedBatch(StreamId stream, long expectedVersion, List<NewEvent> events) {
        if (expectedVersion < 0) {
            throw new MalformedBatch(stream, "expectedVersion must not be negative, was " + expectedVersion);
        }
        List<NewEvent> batch = List.copyOf(events);
        if (batch.isEmpty()) {
            throw new MalformedBatch(stream, "it holds no event");
        }
        Set<EventId> ids = new HashSet<>();
        for (NewEvent event : batch) {
            if (!ids.add(event.id())) {
                throw new MalformedBatch(stream, "event id " + event.id() + " appears twice in it");
            }
        }
        return batch;
    }

    private static List<EventId> idsOf(Commit commit) {
        return commit.events().stream().map(RecordedEvent::id).toList();
    }
}
