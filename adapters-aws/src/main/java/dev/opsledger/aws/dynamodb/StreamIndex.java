package dev.opsledger.aws.dynamodb;

import static dev.opsledger.aws.dynamodb.EventTableSchema.COMMITTED_AT;
import static dev.opsledger.aws.dynamodb.EventTableSchema.EVENT_IDS;
import static dev.opsledger.aws.dynamodb.EventTableSchema.LAST_VERSION;
import static dev.opsledger.aws.dynamodb.EventTableSchema.SORT_KEY;

import dev.opsledger.application.port.Commit;
import dev.opsledger.application.port.EventIdsReused;
import dev.opsledger.application.port.NewEvent;
import dev.opsledger.application.port.RecordedEvent;
import dev.opsledger.domain.shared.EventId;
import dev.opsledger.domain.shared.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stream's commits without their payloads: enough to check a version, a commit boundary and event ids,
 * and to number and stamp the next commit.
 */
record StreamIndex(StreamId stream, List<Entry> commits) {

    static final String[] ATTRIBUTES = {SORT_KEY, LAST_VERSION, COMMITTED_AT, EVENT_IDS};

    record Entry(long firstVersion, long lastVersion, Instant committedAt, Set<String> ids) {
    }

    static StreamIndex of(StreamId stream, List<Map<String, AttributeValue>> items) {
        return new StreamIndex(stream, items.stream().map(item -> new Entry(
                Long.parseLong(item.get(SORT_KEY).n()),
                Long.parseLong(item.get(LAST_VERSION).n()),
                Instant.parse(item.get(COMMITTED_AT).s()),
                Set.copyOf(item.get(EVENT_IDS).ss()))).toList());
    }

    long version() {
        return commits.isEmpty() ? 0 : commits.getLast().lastVersion();
    }

    private Optional<Instant> latestCommitTime() {
        return commits.isEmpty() ? Optional.empty() : Optional.of(commits.getLast().committedAt());
    }

    /** The batch as the commit after these, stamped {@code now} but never before the latest, even when a clock went back. */
    Commit nextCommit(Instant now, List<NewEvent> batch) {
        Instant committedAt = latestCommitTime().filter(now::isBefore).orElse(now);
        long firstVersion = version() + 1;
        List<RecordedEvent> recorded = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            recorded.add(new RecordedEvent(stream, firstVersion + i, batch.get(i).id(), batch.get(i).event()));
        }
        return new Commit(stream, firstVersion, committedAt, recorded);
    }

    /** This index with {@code commit}, which follows it, added. */
    StreamIndex with(Commit commit) {
        List<Entry> extended = new ArrayList<>(commits);
        extended.add(new Entry(commit.firstVersion(), commit.lastVersion(), commit.committedAt(),
                Set.copyOf(commit.events().stream().map(event -> event.id().value()).toList())));
        return new StreamIndex(stream, List.copyOf(extended));
    }

    boolean holdsAnyOf(List<EventId> ids) {
        return ids.stream().anyMatch(this::holds);
    }

    private boolean holds(EventId id) {
        return commits.stream().anyMatch(commit -> commit.ids().contains(id.value()));
    }

    boolean hasCommitEndingAt(long version) {
        return version == 0 || commits.stream().anyMatch(commit -> commit.lastVersion() == version);
    }

    List<Entry> commitsAfter(long version) {
        return commits.stream().filter(commit -> commit.firstVersion() > version).toList();
    }

    /**
     * The first version of the commit holding exactly these ids, when the batch may be a retry of it (the
     * caller still checks their order); empty when no id is in the stream; refused when only some are.
     */
    Optional<Long> commitPossiblyRetriedBy(List<EventId> ids) {
        List<EventId> known = ids.stream().filter(this::holds).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Set<String> batch = Set.copyOf(ids.stream().map(EventId::value).toList());
        for (Entry commit : commits) {
            if (commit.ids().equals(batch)) {
                return Optional.of(commit.firstVersion());
            }
        }
        throw notARetry(known, ids);
    }

    EventIdsReused notARetry(List<EventId> known, List<EventId> batch) {
        return new EventIdsReused(stream, known, batch);
    }
}
